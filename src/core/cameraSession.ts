/**
 * The live camera of a document side, without React: asks for the back camera, shows it in the video
 * element it is given, checks a frame about every {@link FRAME_INTERVAL_MS} (the capture checks, in
 * their worker), says what is wrong (`autoCapture.ts`), takes the photo on its own once frames pass and
 * stay steady, or at once on "Take photo": the checked frame itself, as a JPEG `File` named `photo.jpg`.
 * `dispose()` stops every track and timer. React binds it with `subscribe` / `getSnapshot`.
 */
import { initialAutoCapture, nextAutoCapture, type AutoCaptureState, type CameraHint } from './autoCapture';
import type { CaptureAnalysis } from './captureChecks';
import type { CaptureRequest, FrameCheck } from './captureChecksBitmap';

/** Why the camera could not be used: blocked, none there, taken by another app, or anything else. */
export type CameraFailure = 'denied' | 'missing' | 'in_use' | 'failed';

type CameraPhase = 'starting' | 'live' | 'taking' | 'done' | 'failed' | 'closed';

export interface CameraSnapshot {
  phase: CameraPhase;
  hint: CameraHint;
}

/** A photo the camera took, with the checks of that very frame (null where checks are off or failed). */
export interface CameraPhoto {
  file: File;
  analysis: CaptureAnalysis | null;
  /** True when it was taken on its own (it passed), false for "Take photo". */
  auto: boolean;
}

export interface CameraSessionOptions {
  /** The kind and thresholds to check frames with; null checks nothing (no hints, no capture on its own). */
  request: CaptureRequest | null;
  /** Checks a frame without closing it (the runner's, worker first). */
  check: (bitmap: ImageBitmap, request: CaptureRequest) => Promise<FrameCheck | null>;
  onPhoto: (photo: CameraPhoto) => void;
  onFailed: (reason: CameraFailure) => void;
  /** Default: `navigator.mediaDevices`. */
  media?: MediaDevices | undefined;
}

export interface CameraSession {
  start: () => void;
  /** The video element to show the camera in (a React ref callback; null when it unmounts). */
  attach: (video: HTMLVideoElement | null) => void;
  takePhoto: () => void;
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => CameraSnapshot;
  dispose: () => void;
}

/** Back camera first, in a resolution a document can be read in. @internal Exported for its tests. */
export const CAMERA_CONSTRAINTS: MediaStreamConstraints = {
  video: { facingMode: { ideal: 'environment' }, width: { ideal: 1920 }, height: { ideal: 1080 } },
  audio: false,
};
const FRAME_INTERVAL_MS = 300;

/** What a `getUserMedia` refusal means for the customer. @internal Exported for its tests. */
export function cameraFailureOf(error: unknown): CameraFailure {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'missing';
  if (name === 'NotReadableError' || name === 'AbortError' || name === 'TrackStartError') return 'in_use';
  return 'failed';
}

export function createCameraSession(options: CameraSessionOptions): CameraSession {
  const { request, check } = options;
  let snapshot: CameraSnapshot = { phase: 'starting', hint: 'searching' };
  const listeners = new Set<() => void>();
  let stream: MediaStream | null = null;
  let video: HTMLVideoElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let state: AutoCaptureState = initialAutoCapture;
  let ended = false;
  let busy = false;

  const set = (next: Partial<CameraSnapshot>) => {
    if (Object.entries(next).every(([key, value]) => snapshot[key as keyof CameraSnapshot] === value)) return;
    snapshot = { ...snapshot, ...next };
    for (const listener of listeners) listener();
  };
  const stop = (phase: CameraPhase) => {
    ended = true;
    clearTimeout(timer);
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
    if (video) video.srcObject = null;
    set({ phase });
  };
  const fail = (reason: CameraFailure) => {
    if (ended) return;
    stop('failed');
    options.onFailed(reason);
  };
  const show = () => {
    if (!video || !stream) return;
    video.muted = true;
    video.playsInline = true;
    if (video.srcObject !== stream) video.srcObject = stream;
    video.play().catch(() => undefined); // autoplay of a muted video is allowed; a refusal shows a still frame
  };
  const ready = () => !ended && !!video && video.readyState >= 2 && video.videoWidth > 0;

  const schedule = () => {
    clearTimeout(timer);
    if (!ended && request) timer = setTimeout(() => void tick(), FRAME_INTERVAL_MS);
  };
  const tick = async () => {
    if (!ready() || busy || !request) return schedule();
    busy = true;
    let bitmap: ImageBitmap | null = null;
    try {
      bitmap = await createImageBitmap(video!);
      const frame = ended ? null : await check(bitmap, request).catch(() => null);
      if (ended || snapshot.phase !== 'live') return; // closed, or "Take photo" was pressed meanwhile
      state = nextAutoCapture(state, {
        analysis: frame?.analysis ?? null,
        thumbnail: frame?.thumbnail ?? null,
        at: now(),
      });
      set({ hint: state.hint });
      if (state.capture) {
        const photo = bitmap;
        bitmap = null;
        await finish(photo, frame?.analysis ?? null, true);
      }
    } catch {
      // a frame that cannot be grabbed (the video just stopped) is skipped
    } finally {
      bitmap?.close();
      busy = false;
      schedule();
    }
  };

  const finish = async (bitmap: ImageBitmap, analysis: CaptureAnalysis | null, auto: boolean) => {
    set({ phase: 'taking' });
    try {
      const file = await jpegOf(bitmap);
      if (ended) return;
      stop('done');
      options.onPhoto({ file, analysis, auto });
    } catch {
      fail('failed');
    } finally {
      bitmap.close();
    }
  };

  return {
    start() {
      const media = options.media ?? (typeof navigator === 'undefined' ? undefined : navigator.mediaDevices);
      if (typeof media?.getUserMedia !== 'function') return fail('missing');
      media.getUserMedia(CAMERA_CONSTRAINTS).then(
        (granted) => {
          if (ended) return void granted.getTracks().forEach((track) => track.stop());
          stream = granted;
          // A camera unplugged or taken away while on screen ends its track: say so instead of a frozen picture.
          for (const track of granted.getVideoTracks()) track.addEventListener('ended', () => fail('failed'));
          show();
          set({ phase: 'live' });
          schedule();
        },
        (error: unknown) => fail(cameraFailureOf(error)),
      );
    },
    attach(element) {
      video = element;
      show();
    },
    takePhoto() {
      if (!ready() || snapshot.phase !== 'live') return;
      clearTimeout(timer);
      set({ phase: 'taking' });
      void (async () => {
        let bitmap: ImageBitmap | null = null;
        try {
          bitmap = await createImageBitmap(video!);
          const frame = request ? await check(bitmap, request).catch(() => null) : null;
          const photo = bitmap;
          bitmap = null;
          if (!ended) await finish(photo, frame?.analysis ?? null, false);
          else photo.close();
        } catch {
          bitmap?.close();
          fail('failed');
        }
      })();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    dispose() {
      if (!ended) stop('closed');
      listeners.clear();
    },
  };
}

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** The frame at full size as a JPEG file (only its pixels: no metadata). */
async function jpegOf(bitmap: ImageBitmap): Promise<File> {
  let blob: Blob | null;
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
  } else {
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
  }
  if (!blob) throw new Error('The frame could not be encoded');
  return new File([blob], 'photo.jpg', { type: 'image/jpeg', lastModified: Date.now() });
}
