/**
 * The browser side of the capture checks, loaded with `import()` only when a document step opens:
 * decodes a picture (`createImageBitmap`, EXIF orientation applied), draws it small on an
 * `OffscreenCanvas` (or a canvas), and runs `analysePixels` in a module Web Worker, or on the main
 * thread where no worker can start. Anything that cannot be decoded (a PDF, a HEIC) is not checked:
 * the answer is null and the file goes on as it is — a check never blocks an upload. The live camera
 * (`cameraSession.ts`) comes in the same chunk, checking its frames the same way.
 */
import type { CaptureAnalysis } from './captureChecks';
import { analyseFrame, type CaptureRequest, type FrameCheck } from './captureChecksBitmap';
import { createCameraSession, type CameraSession, type CameraSessionOptions } from './cameraSession';

export type { CaptureRequest } from './captureChecksBitmap';

/** Decodes and checks a picture, or null where it cannot be told (not a picture, no canvas). */
export async function checkPicture(picture: Blob, request: CaptureRequest): Promise<CaptureAnalysis | null> {
  if (!picture.type.startsWith('image/') || typeof createImageBitmap !== 'function') return null;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(picture, { imageOrientation: 'from-image' });
  } catch {
    return null;
  }
  return checkBitmap(bitmap, request);
}

/** Checks a frame (a decoded picture or a video frame); the bitmap is closed here. */
export async function checkBitmap(bitmap: ImageBitmap, request: CaptureRequest): Promise<CaptureAnalysis | null> {
  try {
    return (await checkFrame(bitmap, request))?.analysis ?? null;
  } finally {
    bitmap.close();
  }
}

/** The live camera, its frames checked like picked files (worker first). */
export function startCamera(options: Omit<CameraSessionOptions, 'check'>): CameraSession {
  return createCameraSession({ ...options, check: checkFrame });
}

/** Checks a frame and gives its thumbnail too; the bitmap stays open (the caller may keep it as the photo). */
async function checkFrame(bitmap: ImageBitmap, request: CaptureRequest): Promise<FrameCheck | null> {
  const worker = workerOrNull();
  const answer = worker ? await worker(bitmap, request) : 'no-worker';
  if (answer !== 'no-worker') return answer;
  return analyseFrame(bitmap, request);
}

type WorkerCall = (bitmap: ImageBitmap, request: CaptureRequest) => Promise<FrameCheck | null | 'no-worker'>;
let call: WorkerCall | null | undefined;

/** One worker for the page, started on first use; null where workers or OffscreenCanvas are missing. */
function workerOrNull(): WorkerCall | null {
  if (call !== undefined) return call;
  if (typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function') return (call = null);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./captureChecksWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (call = null);
  }
  const waiting = new Map<number, (answer: FrameCheck | null | 'no-worker') => void>();
  let next = 0;
  const giveUp = () => {
    call = null; // a worker that cannot start (a strict CSP) leaves the main thread to do it
    for (const resolve of waiting.values()) resolve('no-worker');
    waiting.clear();
    worker.terminate();
  };
  worker.addEventListener('error', giveUp);
  worker.addEventListener('message', (event: MessageEvent<{ id: number; check: FrameCheck | null }>) => {
    waiting.get(event.data.id)?.(event.data.check);
    waiting.delete(event.data.id);
  });
  call = (bitmap, request) =>
    new Promise((resolve) => {
      next += 1;
      waiting.set(next, resolve);
      // The bitmap is not transferred, so it is still there for the main thread if the worker fails.
      worker.postMessage({ id: next, bitmap, request });
    });
  return call;
}
