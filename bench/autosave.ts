/**
 * Benchmark 3: autosave. 40 keystrokes in 3 seconds across two fields (20 each, typed 60 ms apart plus the driver's own overhead), then
 * the flow settles: how many PATCH requests went out and how many bytes they carried. Goal: ≤ 3.
 */
import type { Browser } from 'playwright-core';
import { startBenchServer } from './support/benchServer';

export async function autosave(browser: Browser): Promise<Record<string, string | number>[]> {
  const server = await startBenchServer();
  const page = await browser.newPage();
  try {
    await page.goto(server.url);
    await page.evaluate(() => window.bench.mountBig(20));
    await page.evaluate(() => window.bench.resetCounters());
    const started = Date.now();
    await page.locator('[data-key="q_0"] input').focus();
    await page.keyboard.type('Alexandra Kowalska N', { delay: 60 });
    await page.locator('[data-key="q_1"] textarea, [data-key="q_1"] input').first().focus();
    await page.keyboard.type('12 Long Street, Town', { delay: 60 });
    const typingMs = Date.now() - started;
    await page.waitForTimeout(4000); // past the debounce and max-wait: everything saved
    const { patches } = await page.evaluate(() => window.bench.counters());
    return [
      {
        keystrokes: 40,
        'typing time (ms)': typingMs,
        'PATCH requests': patches?.count ?? 0,
        'PATCH body bytes (total)': patches?.bytes ?? 0,
      },
    ];
  } finally {
    await page.close();
    await server.close();
  }
}
