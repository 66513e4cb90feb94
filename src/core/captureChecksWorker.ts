/**
 * The capture checks' module Web Worker: receives an `ImageBitmap` with the kind and thresholds,
 * answers with the figures (no pixels go back). Started by `captureCheckRunner.ts`.
 */
import type { CaptureAnalysis } from './captureChecks';
import { analyseBitmap, type CaptureRequest } from './captureChecksBitmap';

interface CheckMessage {
  id: number;
  bitmap: ImageBitmap;
  request: CaptureRequest;
}

self.addEventListener('message', (event: MessageEvent<CheckMessage>) => {
  const { id, bitmap, request } = event.data;
  let analysis: CaptureAnalysis | null;
  try {
    analysis = analyseBitmap(bitmap, request);
  } catch {
    analysis = null;
  } finally {
    bitmap.close();
  }
  self.postMessage({ id, analysis });
});
