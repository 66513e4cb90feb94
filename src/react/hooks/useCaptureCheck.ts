/**
 * Checks each document photo before it is uploaded (`core/captureChecks.ts`, run by the lazily loaded
 * `core/captureCheckRunner.ts`): a picked photo that passes, a PDF, a picture that cannot be decoded
 * and everything when the partner set `captureChecks={false}` go straight on; a failing photo is held
 * for the retake screen until the customer retakes it or uses it anyway. The side's live camera
 * (`useCamera`) is bound here too: its photo was checked as it was taken, so it goes on or is held the
 * same way, and "Retake" of a camera photo opens the camera again. Every check's figures go to the event
 * stream (`capture_checked`, `source` `file` or `camera`), never the picture.
 */
import { useEffect, useRef, useState } from 'react';
import type { CameraPhoto } from '../../core/cameraSession';
import type { CaptureAnalysis, CaptureProblem } from '../../core/captureChecks';
import { thresholdsFor, type CaptureKind } from '../../core/captureThresholds';
import { documentKindOf, type DocumentKind } from '../../core/documentChoice';
import { useKyc } from '../context/KycContext';
import { loadCaptureRunner } from './loadCaptureRunner';
import { useCamera, type UseCameraResult } from './useCamera';
import { useLatest } from './useLatest';

/** What kind of picture a document is: a card, a passport page, or a sheet of paper. */
function captureKindOf(kind: DocumentKind | null): CaptureKind | null {
  if (kind === 'passport') return 'passport';
  if (kind === 'proof_of_address' || kind === 'proof_of_funds') return 'page';
  return kind ? 'card' : null;
}

export interface HeldPhoto {
  file: File;
  /** An object URL of the photo, revoked when it is let go. */
  url: string;
  problem: CaptureProblem;
  /** Picked from the files (Retake opens the picker) or taken with the live camera (Retake reopens it). */
  source: 'file' | 'camera';
}

export interface CaptureCheck {
  /** Checks a picked `file`, then hands it to `onPass` unless it is held. */
  check: (file: File) => void;
  checking: boolean;
  held: HeldPhoto | null;
  retake: () => void;
  useAnyway: () => void;
  /** The side's live camera; its frame guide takes the shape of `kind`. */
  camera: UseCameraResult;
  kind: CaptureKind;
}

export interface CaptureCheckOptions {
  /** Whether the side is empty (no upload under way, no document): only then may the camera be open. */
  empty: boolean;
  /** The camera screen closed by itself (photo taken, camera failed): where focus goes next. */
  onCameraClosed?: () => void;
}

export function useCaptureCheck(
  attributeKey: string,
  onPass: (file: File) => void,
  { empty, onCameraClosed }: CaptureCheckOptions,
): CaptureCheck {
  const kyc = useKyc();
  const option = kyc.captureChecks;
  const kind = captureKindOf(documentKindOf(attributeKey));
  const latest = useLatest({ onPass, emit: kyc.emit });
  const [checking, setChecking] = useState(false);
  const [held, setHeld] = useState<HeldPhoto | null>(null);
  const current = useRef(0);

  const enabled = option !== false && kind !== null;
  const request = enabled ? { kind, thresholds: thresholdsFor(kind, option) } : null;
  useEffect(() => {
    if (enabled) void loadCaptureRunner().catch(() => undefined);
  }, [enabled]);
  useEffect(() => () => void (current.current += 1), []);
  useEffect(() => (held ? () => URL.revokeObjectURL(held.url) : undefined), [held]);

  /** The figures to the event stream; the photo on, or held for a retake. */
  const settle = (file: File, analysis: CaptureAnalysis | null, source: HeldPhoto['source']) => {
    if (analysis && kind) latest.current.emit({ type: 'capture_checked', attributeKey, kind, source, ...analysis });
    const problem = analysis?.problems[0];
    if (problem) setHeld({ file, url: URL.createObjectURL(file), problem, source });
    else latest.current.onPass(file);
  };
  const camera = useCamera({
    attributeKey,
    request,
    onPhoto: ({ file, analysis }: CameraPhoto) => settle(file, analysis, 'camera'),
    onClosed: onCameraClosed,
    shown: empty && !held,
  });

  const check = (file: File) => {
    if (!request || !file.type.startsWith('image/')) return onPass(file);
    const run = (current.current += 1);
    setChecking(true);
    void loadCaptureRunner()
      .then((loaded) => loaded.checkPicture(file, request))
      .catch((): CaptureAnalysis | null => null)
      .then((analysis) => {
        if (run !== current.current) return; // unmounted, or another file came since
        setChecking(false);
        settle(file, analysis, 'file');
      });
  };
  return {
    check,
    checking,
    held,
    retake: () => {
      setHeld(null);
      if (held?.source === 'camera') camera.start();
    },
    useAnyway: () => {
      if (!held) return;
      setHeld(null);
      latest.current.onPass(held.file);
    },
    camera,
    kind: kind ?? 'card',
  };
}
