/**
 * The capture checks' module Web Worker: receives an `ImageBitmap` with the kind and thresholds,
 * answers with the figures and, for a live camera frame, its 16 × 12 grey thumbnail (no picture goes
 * back). Started by `captureCheckRunner.ts`.
 */
import { analyseFrame, type CaptureRequest, type FrameCheck } from './captureChecksBitmap';

interface CheckMessage {
  id: number;
  bitmap: ImageBitmap;
  request: CaptureRequest;
}

self.addEventListener('message', (event: MessageEvent<CheckMessage>) => {
  const { id, bitmap, request } = event.data;
  let check: FrameCheck | null;
  try {
    check = analyseFrame(bitmap, request);
  } catch {
    check = null;
  } finally {
    bitmap.close();
  }
  self.postMessage({ id, check });
});
