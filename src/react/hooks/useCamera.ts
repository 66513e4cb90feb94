/**
 * Binds a live camera session (`core/cameraSession.ts`, in the capture checks' lazy chunk) to a
 * document side: `start` opens the camera screen, the session lives while it is open and is disposed
 * (every track stopped) when it closes, the photo is taken, the camera fails, or the card unmounts. A
 * failure closes the screen, keeps its reason for the card's sentence and emits `camera_failed`.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { CameraFailure, CameraPhoto, CameraSession, CameraSnapshot } from '../../core/cameraSession';
import type { CaptureRequest } from '../../core/captureCheckRunner';
import { useKyc } from '../context/KycContext';
import { loadCaptureRunner } from './loadCaptureRunner';
import { useLatest } from './useLatest';

export interface UseCameraOptions {
  attributeKey: string;
  /** How frames are checked; null checks none (the partner turned the checks off): "Take photo" only. */
  request: CaptureRequest | null;
  onPhoto: (photo: CameraPhoto) => void;
  /** The screen closed by itself (photo taken, camera failed): where focus goes next. */
  onClosed?: (() => void) | undefined;
  /** False while the side shows something else (an upload, a held photo, a document): the camera closes. */
  shown: boolean;
}

export interface UseCameraResult {
  open: boolean;
  snapshot: CameraSnapshot;
  /** Why the camera could not be used last time, until it is opened again. */
  problem: CameraFailure | null;
  start: () => void;
  /** Stable: closes the screen (and stops the camera). */
  close: () => void;
  takePhoto: () => void;
  /** The ref callback of the screen's `<video>`. */
  videoRef: (video: HTMLVideoElement | null) => void;
}

const STARTING: CameraSnapshot = { phase: 'starting', hint: 'searching' };
const noSubscription = () => () => {};

export function useCamera({ attributeKey, request, onPhoto, onClosed, shown }: UseCameraOptions): UseCameraResult {
  const { emit } = useKyc();
  const latest = useLatest({ request, onPhoto, onClosed, emit, attributeKey });
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<CameraFailure | null>(null);
  const [session, setSession] = useState<CameraSession | null>(null);
  const video = useRef<HTMLVideoElement | null>(null);
  const live = open && shown;

  useEffect(() => {
    if (!shown) setOpen(false); // a document arrived another way (or the screen went): no camera left running
  }, [shown]);

  useEffect(() => {
    if (!live) return;
    let current: CameraSession | null = null;
    let gone = false;
    const failed = (reason: CameraFailure) => {
      setOpen(false);
      setProblem(reason);
      latest.current.emit({ type: 'camera_failed', attributeKey: latest.current.attributeKey, reason });
      latest.current.onClosed?.();
    };
    loadCaptureRunner().then(
      (runner) => {
        if (gone) return;
        current = runner.startCamera({
          request: latest.current.request,
          onPhoto: (photo) => {
            setOpen(false);
            latest.current.onPhoto(photo);
            latest.current.onClosed?.();
          },
          onFailed: failed,
        });
        current.attach(video.current);
        setSession(current);
        current.start();
      },
      () => !gone && failed('failed'),
    );
    return () => {
      gone = true;
      current?.dispose();
      setSession(null);
    };
  }, [live, latest]);

  const snapshot = useSyncExternalStore(
    session ? session.subscribe : noSubscription,
    session ? session.getSnapshot : () => STARTING,
    () => STARTING,
  );
  const close = useCallback(() => setOpen(false), []);
  const videoRef = useCallback(
    (element: HTMLVideoElement | null) => {
      video.current = element;
      session?.attach(element);
    },
    [session],
  );
  return {
    open: live,
    snapshot,
    problem,
    start: () => {
      setProblem(null);
      setOpen(true);
    },
    close,
    takePhoto: () => session?.takePhoto(),
    videoRef,
  };
}
