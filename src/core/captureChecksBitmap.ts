/**
 * From a decoded picture to the capture checks' figures: drawn at most twice the analysis size on an
 * `OffscreenCanvas` (or a canvas), turned grey, then `analysePixels`. Runs in the worker
 * (`captureChecksWorker.ts`) and, as the fallback, on the main thread.
 */
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

/** Runs in the worker and, as the fallback, on the main thread. */
export function analyseBitmap(bitmap: ImageBitmap, request: CaptureRequest): CaptureAnalysis | null {
  const scale = Math.min(1, (ANALYSIS_MAX_SIDE * 2) / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvasContext(width, height);
  if (!context) return null;
  context.drawImage(bitmap, 0, 0, width, height);
  const grey = greyFromRgba(context.getImageData(0, 0, width, height).data);
  return analysePixels(grey, width, height, request.kind, {
    thresholds: request.thresholds,
    source: { width: bitmap.width, height: bitmap.height },
  });
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
