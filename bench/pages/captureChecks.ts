/**
 * The capture checks' time per picture in the browser: `analyseBitmap` called on the main thread (the
 * fallback path), and `checkBitmap` from the lazily loaded runner (the real path: the picture goes to
 * the module Web Worker and its figures come back), with how long that path keeps the main thread busy
 * before the worker takes over (everything `checkBitmap` does before its first wait: preparing and
 * posting the picture). Each picture is made in the page
 * (`bench/captureCheckPictures.ts`) and turned into an `ImageBitmap` before the clock starts, as the
 * widget has one once the file is decoded.
 */
import type { CaptureAnalysis } from '../../src/core/captureChecks';
import { thresholdsFor } from '../../src/core/captureThresholds';
import { analyseBitmap } from '../../src/core/captureChecksBitmap';
import { benchPictures } from '../captureCheckPictures';
import type { GreyImage } from '../../src/core/captureChecksImages';

interface PictureTimes {
  name: string;
  /** What the worker answered (the same figures the widget emits in `capture_checked`). */
  analysis: CaptureAnalysis | null;
  /** What `analyseBitmap` answered on the main thread (the fallback's figures). */
  mainAnalysis: CaptureAnalysis | null;
  mainMs: number[];
  workerMs: number[];
  /** The main thread's share of `workerMs`: from the call until `checkBitmap` first waits. */
  postMs: number[];
}

function bitmapOf(image: GreyImage): Promise<ImageBitmap> {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0; i < image.grey.length; i += 1) {
    const level = image.grey[i]!;
    rgba[i * 4] = level;
    rgba[i * 4 + 1] = level;
    rgba[i * 4 + 2] = level;
    rgba[i * 4 + 3] = 255;
  }
  return createImageBitmap(new ImageData(rgba, image.width, image.height));
}

/** `runs` timed checks per picture and path, after one untimed warm-up (the worker's start, the JIT). */
export async function captureCheckTimes(runs: number): Promise<PictureTimes[]> {
  const { checkBitmap } = await import('../../src/core/captureCheckRunner');
  const request = { kind: 'card' as const, thresholds: thresholdsFor('card') };
  const out: PictureTimes[] = [];
  for (const { name, image } of benchPictures()) {
    const source = await bitmapOf(image);
    const times: PictureTimes = { name, analysis: null, mainAnalysis: null, mainMs: [], workerMs: [], postMs: [] };
    for (let run = 0; run <= runs; run += 1) {
      const bitmap = await createImageBitmap(source);
      const started = performance.now();
      times.mainAnalysis = analyseBitmap(bitmap, request);
      if (run > 0) times.mainMs.push(performance.now() - started);
      bitmap.close();
    }
    for (let run = 0; run <= runs; run += 1) {
      const bitmap = await createImageBitmap(source); // checkBitmap closes it
      const started = performance.now();
      const answer = checkBitmap(bitmap, request);
      const posted = performance.now();
      times.analysis = await answer;
      if (run > 0) times.workerMs.push(performance.now() - started);
      if (run > 0) times.postMs.push(posted - started);
    }
    source.close();
    out.push(times);
  }
  return out;
}
