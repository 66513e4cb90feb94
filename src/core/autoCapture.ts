/**
 * When the live camera takes the photo on its own, and which hint it shows meanwhile. Pure: fed each
 * checked frame (its capture-check figures, a tiny grey thumbnail to tell movement, and when it was
 * taken), it answers with the next state. A frame that passes the checks and looks like the one before
 * keeps the count going; once frames have passed and stayed steady for {@link STEADY_MS}, it is time to
 * capture. A failing or moving frame starts the count again.
 */
import type { CaptureAnalysis, CaptureProblem } from './captureChecks';

/** What the camera screen says: the first problem of the frame, or "hold still" while it counts. */
export type CameraHint = 'searching' | CaptureProblem | 'steady';

/** How long frames must pass and stay steady before the photo is taken. @internal Exported for its tests. */
export const STEADY_MS = 1000;
/**
 * Mean difference of grey levels (0–255) between two thumbnails above which the picture moved.
 * @internal Exported for its tests.
 */
export const MAX_MOTION = 8;
/** The thumbnail's size: enough to see a hand move, too small to show anything of the document. */
const THUMBNAIL_WIDTH = 16;
const THUMBNAIL_HEIGHT = 12;

export interface CameraFrame {
  /** The frame's capture checks, or null where it could not be checked. */
  analysis: CaptureAnalysis | null;
  /** {@link THUMBNAIL_WIDTH} × {@link THUMBNAIL_HEIGHT} grey levels of the frame (never leaves the page). */
  thumbnail: Uint8ClampedArray | null;
  /** When the frame was taken (ms, any monotonic clock). */
  at: number;
}

export interface AutoCaptureState {
  hint: CameraHint;
  /** When the current run of passing, steady frames began; null while there is none. */
  steadySince: number | null;
  /** The previous frame's thumbnail, to tell movement. */
  thumbnail: Uint8ClampedArray | null;
  /** A hint seen once, shown when the next frame says it too (so a single odd frame does not chatter). */
  pending: CameraHint | null;
  /** True once the frame just fed is the photo to take. */
  capture: boolean;
}

export const initialAutoCapture: AutoCaptureState = {
  hint: 'searching',
  steadySince: null,
  thumbnail: null,
  pending: null,
  capture: false,
};

/**
 * The state after one more frame.
 *
 * @example
 * let state = initialAutoCapture;
 * state = nextAutoCapture(state, { analysis, thumbnail, at: performance.now() });
 * if (state.capture) takePhoto();
 */
export function nextAutoCapture(state: AutoCaptureState, frame: CameraFrame): AutoCaptureState {
  const { analysis, thumbnail, at } = frame;
  const moved = thumbnail && state.thumbnail ? motionBetween(state.thumbnail, thumbnail) > MAX_MOTION : true;
  const passing = analysis?.verdict === 'pass';
  const seen: CameraHint = !analysis ? 'searching' : (analysis.problems[0] ?? 'steady');
  // The first passing frame, or one that differs from the one before, starts the count; a failing one stops it.
  const steadySince = !passing ? null : moved || state.steadySince === null ? at : state.steadySince;
  const capture = steadySince !== null && at - steadySince >= STEADY_MS;
  const confirmed = seen === state.hint || seen === state.pending || state.hint === 'searching';
  return {
    hint: confirmed ? seen : state.hint,
    pending: confirmed ? null : seen,
    steadySince,
    thumbnail,
    capture,
  };
}

/**
 * Mean absolute difference of two thumbnails' grey levels (0–255); 255 where their sizes differ.
 * @internal Exported for its tests.
 */
export function motionBetween(before: Uint8ClampedArray, after: Uint8ClampedArray): number {
  if (before.length !== after.length || before.length === 0) return 255;
  let sum = 0;
  for (let i = 0; i < before.length; i += 1) sum += Math.abs(before[i]! - after[i]!);
  return sum / before.length;
}

/** The {@link THUMBNAIL_WIDTH} × {@link THUMBNAIL_HEIGHT} box average of a grey picture. */
export function thumbnailOf(grey: Uint8ClampedArray | Uint8Array, width: number, height: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(THUMBNAIL_WIDTH * THUMBNAIL_HEIGHT);
  for (let ty = 0; ty < THUMBNAIL_HEIGHT; ty += 1) {
    const y0 = Math.floor((ty * height) / THUMBNAIL_HEIGHT);
    const y1 = Math.max(y0 + 1, Math.floor(((ty + 1) * height) / THUMBNAIL_HEIGHT));
    for (let tx = 0; tx < THUMBNAIL_WIDTH; tx += 1) {
      const x0 = Math.floor((tx * width) / THUMBNAIL_WIDTH);
      const x1 = Math.max(x0 + 1, Math.floor(((tx + 1) * width) / THUMBNAIL_WIDTH));
      let sum = 0;
      let count = 0;
      for (let y = y0; y < Math.min(y1, height); y += 1) {
        for (let x = x0; x < Math.min(x1, width); x += 1) {
          sum += grey[y * width + x]!;
          count += 1;
        }
      }
      out[ty * THUMBNAIL_WIDTH + tx] = count ? sum / count : 0;
    }
  }
  return out;
}
