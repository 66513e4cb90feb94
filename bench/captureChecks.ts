/**
 * The capture checks on the test pictures (`bench/captureCheckPictures.ts`: sharp, blurred at three
 * strengths, glare, dark, a thumbnail, a 12 MP photo): the figures Chromium's worker answers, and the
 * median time per picture of `analysePixels` in Node, of `analyseBitmap` on Chromium's main thread (the
 * fallback) and of the runner's `checkBitmap` through the module Web Worker (the real path, postMessage
 * both ways included). The worker is seen starting (Playwright's `worker` event), or the row says so.
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
      return {
        image: `${name} (${image.width}×${image.height})`,
        sharpness: result.sharpness,
        glare: result.glare,
        brightness: result.brightness,
        verdict: result.verdict + (nodeDiffers ? ` (Node: ${node.verdict})` : ''),
        problems: result.problems.join(', ') || '—',
        'ms Node': median(nodeMs).toFixed(1),
        'ms main thread': chromium ? median(chromium.mainMs).toFixed(1) : 'n/a',
        'ms worker': chromium && inWorker ? median(chromium.workerMs).toFixed(1) : 'no worker',
      };
    });
  } finally {
    await page.close();
    await server.close();
  }
}
