/**
 * The capture checks' worker in real Chromium, given a phone camera's full-size photo (4000 × 3000):
 * the page does not post the picture itself to the worker (structured-cloning a 12 MP bitmap copies
 * its 48 MB on the page's main thread, some 70–150 ms during which the page cannot respond) but a
 * copy drawn at the analysis' size, transferred; the figures the worker answers still describe the
 * photo as picked (its size, which the 'too small' check and `capture_checked` use), and the sharp
 * photo uploads straight away. The page's `Worker` is watched from an init script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureAnalysis } from '../../src/core/captureChecks';
import { ANALYSIS_MAX_SIDE } from '../../src/core/captureChecks';
import { sharpCard } from '../../src/core/captureChecksImages';
import { startE2eEnv, type E2eEnv } from './support/e2eEnv';
import { greyPng } from './support/greyPng';
import { seedAtDocuments } from './support/seedAtDocuments';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2eEnv();
});
afterAll(async () => env?.close());

interface WorkerWatch {
  /** Each picture posted to a worker: its size when posted, and whether it was gone after (transferred). */
  posted: { width: number; height: number; transferred: boolean }[];
  /** The figures each worker answer carried. */
  answers: (CaptureAnalysis | null)[];
}

/** Runs in the page before its scripts: wraps `Worker` to see what goes in and out. */
function watchWorkers() {
  const watch: WorkerWatch = { posted: [], answers: [] };
  (window as unknown as { __workers: WorkerWatch }).__workers = watch;
  const Native = window.Worker;
  const post = Native.prototype.postMessage;
  Native.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
    const bitmap = (args[0] as { bitmap?: unknown } | null)?.bitmap;
    const size = bitmap instanceof ImageBitmap ? { width: bitmap.width, height: bitmap.height } : null;
    Reflect.apply(post, this, args);
    // A transferred ImageBitmap is detached here: its size reads 0 × 0.
    if (size && bitmap instanceof ImageBitmap) watch.posted.push({ ...size, transferred: bitmap.width === 0 });
  } as Worker['postMessage'];
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (event: MessageEvent<{ check?: { analysis?: CaptureAnalysis } | null }>) => {
        watch.answers.push(event.data.check?.analysis ?? null);
      });
    }
  };
}

describe('capture checks of a full-size phone photo', () => {
  it('given a sharp 12 MP photo / should send the worker a small transferred copy, report the photo’s own size and upload it', async () => {
    const photo = greyPng(sharpCard(4000, 3000), 'passport-12mp.png');
    const ids = await seedAtDocuments(env);
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    await context.addInitScript(watchWorkers);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const search = new URLSearchParams({ api: env.api.url, client: ids.client_uuid, le: ids.legal_entity_uuid });
    await page.goto(`${env.partner.url}/?${search}`);
    await page.getByRole('radio', { name: 'Passport' }).check();
    const field = page.getByRole('group', { name: /^Passport/ });
    await field.locator('input[type=file]').first().setInputFiles(photo);

    await field.getByText('Uploaded: passport-12mp.png').waitFor();
    const watch = await page.evaluate(() => (window as unknown as { __workers: WorkerWatch }).__workers);
    expect(watch.posted).toEqual([{ width: ANALYSIS_MAX_SIDE * 2, height: 720, transferred: true }]);
    expect(watch.answers).toHaveLength(1);
    expect(watch.answers[0]).toMatchObject({ width: 4000, height: 3000, verdict: 'pass', problems: [] });
    expect(problems).toEqual([]);
    await context.close();
  });
});
