/**
 * From a decoded picture to the capture checks' figures: drawn at most twice the analysis size on an
 * `OffscreenCanvas` (or a canvas), turned grey, then `analysePixels`. Runs in the worker
 * (`captureChecksWorker.ts`) and, as the fallback, on the main thread. For a live camera frame it also
 * gives a 16 × 12 grey thumbnail, to tell whether the picture moved since the frame before. The worker
 * gets {@link analysisCopy}, the picture already drawn at that size, with the original's size beside it.
 */
import { thumbnailOf } from './autoCapture';
import {
  ANALYSIS_MAX_SIDE,
  analysePixels,
  greyFromRgba,
  type CaptureAnalysis,
  type CaptureKind,
} from './captureChecks';
import type { CaptureThresholds } from './captureChecks';

export interface CaptureRequest {
  kind: CaptureKind;
  thresholds: CaptureThresholds;
}

/** A checked frame: its figures and its thumbnail (which stays in the page: never in an event). */
export interface FrameCheck {
  analysis: CaptureAnalysis;
  thumbnail: Uint8ClampedArray;
}

/**
 * The whole check of a picture on the thread it is called on.
 * @internal For the benchmark's main-thread timing; the widget goes through `analyseFrame`.
 */
export function analyseBitmap(bitmap: ImageBitmap, request: CaptureRequest): CaptureAnalysis | null {
  return analyseFrame(bitmap, request)?.analysis ?? null;
}

/**
 * The figures and the thumbnail of a frame, or null where no canvas can draw it. `source` is the
 * picture's real size where `bitmap` is its {@link analysisCopy} (for the 'too small' check).
 */
export function analyseFrame(
  bitmap: ImageBitmap,
  request: CaptureRequest,
  source: Size = { width: bitmap.width, height: bitmap.height },
): FrameCheck | null {
  const { width, height } = drawnSize(bitmap);
  const context = canvasContext(width, height);
  if (!context) return null;
  context.drawImage(bitmap, 0, 0, width, height);
  const grey = greyFromRgba(context.getImageData(0, 0, width, height).data);
  const analysis = analysePixels(grey, width, height, request.kind, { thresholds: request.thresholds, source });
  return { analysis, thumbnail: thumbnailOf(grey, width, height) };
}

/**
 * The picture drawn exactly as {@link analyseFrame} draws it (same size, same kind of canvas, so the
 * same pixels and figures), as a bitmap to transfer to the worker: posting the full picture would copy
 * every pixel on the main thread (48 MB for a 12 MP photo), transferring this copy costs nothing. Null
 * where there is no `OffscreenCanvas`.
 */
export function analysisCopy(bitmap: ImageBitmap): ImageBitmap | null {
  if (typeof OffscreenCanvas !== 'function') return null;
  const { width, height } = drawnSize(bitmap);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(bitmap, 0, 0, width, height);
  return canvas.transferToImageBitmap();
}

export interface Size {
  width: number;
  height: number;
}

/** At most twice the analysis size on the long side, never larger than the picture. */
function drawnSize(picture: Size): Size {
  const scale = Math.min(1, (ANALYSIS_MAX_SIDE * 2) / Math.max(picture.width, picture.height));
  return {
    width: Math.max(1, Math.round(picture.width * scale)),
    height: Math.max(1, Math.round(picture.height * scale)),
  };
}

function canvasContext(width: number, height: number) {
  if (typeof OffscreenCanvas === 'function') {
    return new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
  }
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas.getContext('2d', { willReadFrequently: true });
}
