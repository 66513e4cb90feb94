/**
 * From a decoded picture to the capture checks' figures: drawn at most twice the analysis size on an
 * `OffscreenCanvas` (or a canvas), turned grey, then `analysePixels`. Runs in the worker
 * (`captureChecksWorker.ts`) and, as the fallback, on the main thread. For a live camera frame it also
 * gives a 16 × 12 grey thumbnail, to tell whether the picture moved since the frame before.
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

/** Runs in the worker and, as the fallback, on the main thread. */
export function analyseBitmap(bitmap: ImageBitmap, request: CaptureRequest): CaptureAnalysis | null {
  return analyseFrame(bitmap, request)?.analysis ?? null;
}

/** The figures and the thumbnail of a frame, or null where no canvas can draw it. */
export function analyseFrame(bitmap: ImageBitmap, request: CaptureRequest): FrameCheck | null {
  const scale = Math.min(1, (ANALYSIS_MAX_SIDE * 2) / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvasContext(width, height);
  if (!context) return null;
  context.drawImage(bitmap, 0, 0, width, height);
  const grey = greyFromRgba(context.getImageData(0, 0, width, height).data);
  const analysis = analysePixels(grey, width, height, request.kind, {
    thresholds: request.thresholds,
    source: { width: bitmap.width, height: bitmap.height },
  });
  return { analysis, thumbnail: thumbnailOf(grey, width, height) };
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
