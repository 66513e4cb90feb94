/**
 * Benchmark 2: a 500-question application (served from memory, all on one step). For 20 keystrokes
 * in one field: how many field components re-rendered, React commit time (Profiler) and the
 * input-to-next-frame time per keystroke. Goal: only the edited field re-renders.
 */
import type { Browser } from 'playwright-core';
import { buildBenchPage, startBenchServer } from './support/benchServer';
import { median } from './support/trace';

const QUESTIONS = 500;
const KEYSTROKES = 20;

export async function keystrokes(browser: Browser): Promise<Record<string, string | number>[]> {
  await buildBenchPage();
  const server = await startBenchServer();
  const page = await browser.newPage();
  try {
    await page.goto(server.url);
    const started = Date.now();
    const rendered = await page.evaluate((n) => window.bench.mountBig(n), QUESTIONS);
    const mountMs = Date.now() - started;
    const field = page.locator('[data-key="q_0"] input');
    await field.focus();
    await page.evaluate(() => window.bench.resetCounters());
    await page.keyboard.type('a'.repeat(KEYSTROKES), { delay: 40 });
    await page.waitForTimeout(300);
    const counters = await page.evaluate(() => window.bench.counters());
    const renders = Object.entries(counters.fieldRenders);
    const others = renders.filter(([key]) => key !== 'q_0');
    return [
      {
        questions: rendered,
        'mount to interactive (ms)': mountMs,
        keystrokes: KEYSTROKES,
        'edited field renders': counters.fieldRenders.q_0 ?? 0,
        'other fields re-rendered': `${others.length} (${others.reduce((sum, [, count]) => sum + count, 0)} renders)`,
        'React commits': counters.commits.count,
        'React render ms per keystroke (Profiler actualDuration)': (counters.commits.actualMs / KEYSTROKES).toFixed(2),
        'input to next frame, ms per keystroke (median / max)': `${median(counters.keystrokeMs).toFixed(1)} / ${Math.max(...counters.keystrokeMs).toFixed(1)}`,
      },
    ];
  } finally {
    await page.close();
    await server.close();
  }
}
