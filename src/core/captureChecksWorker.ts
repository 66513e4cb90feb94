/**
 * The capture checks' module Web Worker: receives the picture's `analysisCopy` (transferred) with its
 * real size, the kind and thresholds, and answers with the figures and, for a live camera frame, its
 * 16 × 12 grey thumbnail (no picture goes back). Started by `captureCheckRunner.ts`.
 */
import { analyseFrame, type CaptureRequest, type FrameCheck } from './captureChecksBitmap';

interface CheckMessage {
  id: number;
  bitmap: ImageBitmap;
  request: CaptureRequest;
  /** The picture's real size (`bitmap` is its copy drawn at the analysis' size). */
  source: { width: number; height: number };
}

self.addEventListener('message', (event: MessageEvent<CheckMessage>) => {
  const { id, bitmap, request, source } = event.data;
  let check: FrameCheck | null;
  try {
    check = analyseFrame(bitmap, request, source);
  } catch {
    check = null;
  } finally {
    bitmap.close();
  }
  self.postMessage({ id, check });
});
