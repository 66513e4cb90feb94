/**
 * The capture checks on the test pictures (`bench/captureCheckPictures.ts`: sharp, blurred at three
 * strengths, glare, dark, a thumbnail, a 12 MP photo): the figures Chromium's worker answers, and the
 * median time per picture of `analysePixels` in Node, of `analyseBitmap` on Chromium's main thread (the
 * fallback) and of the runner's `checkBitmap` through the module Web Worker (the real path, postMessage
 * both ways included), with the part of it the main thread is kept busy. The worker is seen starting
 * (Playwright's `worker` event), or the row says so. Where the main thread's figures differ from the
 * worker's, the sharpness cell says so (they should not: both draw the picture the same way).
 *
 * Node is not the browser's path: it box-averages the whole grey picture straight down to at most 480 px
 * (a 1200 × 800 picture by 3, to 400 × 266), where the browser first draws it at most 960 px on a canvas
 * and then halves it (480 × 320). So Node's sharpness differs (its own column) and its time covers
 * `analysePixels` alone, no decoding, drawing or `getImageData`; the verdicts are the same or the row says so.
 */
import type { Browser } from 'playwright-core';
import { analysePixels } from '../src/core/captureChecks';
import { benchPictures } from './captureCheckPictures';
import { startBenchServer } from './support/benchServer';
import { median } from './support/trace';

const RUNS = 9;

export async function captureChecks(browser: Browser): Promise<Record<string, string | number>[]> {
  const server = await startBenchServer();
  const page = await browser.newPage();
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  try {
    await page.goto(server.url);
    const browserTimes = await page.evaluate((runs) => window.bench.captureChecks(runs), RUNS);
    const inWorker = workers.some((url) => /captureChecksWorker/.test(url));
    const pictures = benchPictures();
    // Warm-up, as the page had: every picture once, untimed, so the first row is not the JIT's.
    for (const { image } of pictures) analysePixels(image.grey, image.width, image.height, 'card');
    return pictures.map(({ name, image }, index) => {
      const node = analysePixels(image.grey, image.width, image.height, 'card');
      const nodeMs: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const started = performance.now();
        analysePixels(image.grey, image.width, image.height, 'card');
        nodeMs.push(performance.now() - started);
      }
      const chromium = browserTimes[index];
      const result = chromium?.analysis ?? node;
      const nodeDiffers = node.verdict !== result.verdict || node.problems.join() !== result.problems.join();
      const main = chromium?.mainAnalysis;
      const mainDiffers = !!main && JSON.stringify(main) !== JSON.stringify(result);
      return {
        image: `${name} (${image.width}×${image.height})`,
        sharpness: result.sharpness + (mainDiffers ? ` (main thread: ${main.sharpness})` : ''),
        glare: result.glare,
        brightness: result.brightness,
        verdict: result.verdict + (nodeDiffers ? ` (Node: ${node.verdict})` : ''),
        problems: result.problems.join(', ') || '—',
        'sharpness Node': node.sharpness,
        'ms Node': median(nodeMs).toFixed(1),
        'ms main thread': chromium ? median(chromium.mainMs).toFixed(1) : 'n/a',
        'ms worker': chromium && inWorker ? median(chromium.workerMs).toFixed(1) : 'no worker',
        'of which main thread busy': chromium && inWorker ? median(chromium.postMs).toFixed(1) : 'no worker',
      };
    });
  } finally {
    await page.close();
    await server.close();
  }
}
