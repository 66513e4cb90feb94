/**
 * Checks each picked document photo before it is uploaded (`core/captureChecks.ts`, run by the lazily
 * loaded `core/captureCheckRunner.ts`): a photo that passes, a PDF, a picture that cannot be decoded
 * and everything when the partner set `captureChecks={false}` go straight on; a failing photo is held
 * for the retake screen until the customer retakes it or uses it anyway. Every check's figures go to
 * the event stream (`capture_checked`), never the picture.
 */
import { useEffect, useRef, useState } from 'react';
import { thresholdsFor, type CaptureAnalysis, type CaptureKind, type CaptureProblem } from '../../core/captureChecks';
import type * as CaptureRunner from '../../core/captureCheckRunner';
import { documentKindOf, type DocumentKind } from '../../core/documentChoice';
import { useKyc } from '../context/KycContext';
import { useLatest } from './useLatest';

type Runner = typeof CaptureRunner;
let runner: Promise<Runner> | null = null;
/** The runner's chunk, fetched once per page (when the first document card mounts). */
const loadCaptureRunner = (): Promise<Runner> => (runner ??= import('../../core/captureCheckRunner'));

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
}

export interface CaptureCheck {
  /** Checks `file`, then hands it to `onPass` unless it is held. */
  check: (file: File) => void;
  checking: boolean;
  held: HeldPhoto | null;
  retake: () => void;
  useAnyway: () => void;
}

export function useCaptureCheck(attributeKey: string, onPass: (file: File) => void): CaptureCheck {
  const kyc = useKyc();
  const option = kyc.captureChecks;
  const kind = captureKindOf(documentKindOf(attributeKey));
  const latest = useLatest({ onPass, emit: kyc.emit });
  const [checking, setChecking] = useState(false);
  const [held, setHeld] = useState<HeldPhoto | null>(null);
  const current = useRef(0);

  const enabled = option !== false && kind !== null;
  useEffect(() => {
    if (enabled) void loadCaptureRunner().catch(() => undefined);
  }, [enabled]);
  useEffect(() => () => void (current.current += 1), []);
  useEffect(() => (held ? () => URL.revokeObjectURL(held.url) : undefined), [held]);

  const check = (file: File) => {
    if (!enabled || !file.type.startsWith('image/')) return onPass(file);
    const run = (current.current += 1);
    setChecking(true);
    const request = { kind, thresholds: thresholdsFor(kind, option) };
    void loadCaptureRunner()
      .then((loaded) => loaded.checkPicture(file, request))
      .catch((): CaptureAnalysis | null => null)
      .then((analysis) => {
        if (run !== current.current) return; // unmounted, or another file came since
        setChecking(false);
        if (analysis) latest.current.emit({ type: 'capture_checked', attributeKey, kind, source: 'file', ...analysis });
        const problem = analysis?.problems[0];
        if (problem) setHeld({ file, url: URL.createObjectURL(file), problem });
        else latest.current.onPass(file);
      });
  };
  return {
    check,
    checking,
    held,
    retake: () => setHeld(null),
    useAnyway: () => {
      if (!held) return;
      setHeld(null);
      latest.current.onPass(held.file);
    },
  };
}
