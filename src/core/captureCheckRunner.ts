/**
 * The browser side of the capture checks, loaded with `import()` only when a document step opens:
 * decodes a picture (`createImageBitmap`, EXIF orientation applied), draws it small on an
 * `OffscreenCanvas` (or a canvas), and runs `analysePixels` in a module Web Worker, or on the main
 * thread where no worker can start. The worker gets that small copy, transferred, never the picture
 * itself: posting a full-size bitmap copies all its pixels on the main thread (about 70 ms for 12 MP,
 * longer than the whole check there), and the picture must stay here for the fallback and the photo.
 * Anything that cannot be decoded (a PDF, a HEIC) is not checked: the answer is null and the file goes
 * on as it is — a check never blocks an upload. The live camera (`cameraSession.ts`) comes in the same
 * chunk, checking its frames the same way.
 */
import type { CaptureAnalysis } from './captureChecks';
import { analyseFrame, analysisCopy, type CaptureRequest, type FrameCheck, type Size } from './captureChecksBitmap';
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
  const copy = worker ? copyOrNull(bitmap) : null;
  const source = { width: bitmap.width, height: bitmap.height };
  const answer = worker && copy ? await worker(copy, request, source) : 'no-worker';
  if (answer !== 'no-worker') return answer;
  return analyseFrame(bitmap, request);
}

function copyOrNull(bitmap: ImageBitmap): ImageBitmap | null {
  try {
    return analysisCopy(bitmap);
  } catch {
    return null; // the main thread tries it itself
  }
}

type WorkerCall = (
  copy: ImageBitmap,
  request: CaptureRequest,
  source: Size,
) => Promise<FrameCheck | null | 'no-worker'>;
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
  call = (copy, request, source) =>
    new Promise((resolve) => {
      next += 1;
      waiting.set(next, resolve);
      try {
        worker.postMessage({ id: next, bitmap: copy, request, source }, [copy]);
      } catch {
        waiting.delete(next);
        copy.close();
        resolve('no-worker');
      }
    });
  return call;
}
