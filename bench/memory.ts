/**
 * Benchmark 5: 50 mount/unmount cycles of the whole flow (draft application against the sandbox).
 * After every 10: JS heap after a forced GC, DOM nodes, event listeners (CDP), live timers and
 * iframes. Nothing should grow with the cycle count.
 */
import type { Browser, CDPSession } from 'playwright-core';
import { seed } from './support/browser';
import { startBenchServer } from './support/benchServer';

const CYCLES = 50;
const STEP = 10;

/** Counts live timers: wraps setTimeout/setInterval before the page's scripts run. */
const TIMER_PROBE = `(() => {
  const live = new Map();
  const st = window.setTimeout, ct = window.clearTimeout, si = window.setInterval, ci = window.clearInterval;
  window.setTimeout = (fn, ms, ...a) => { const id = st((...x) => { live.delete(id); if (typeof fn === 'function') fn(...x); }, ms, ...a); live.set(id, ms); return id; };
  window.clearTimeout = (id) => { live.delete(id); ct(id); };
  window.setInterval = (fn, ms, ...a) => { const id = si(fn, ms, ...a); live.set(id, 'every ' + ms); return id; };
  window.clearInterval = (id) => { live.delete(id); ci(id); };
  window.__liveTimers = () => { const by = {}; for (const ms of live.values()) by[ms] = (by[ms] || 0) + 1; return live.size + (live.size ? ' (by delay ms: ' + JSON.stringify(by) + ')' : ''); };
})();`;

async function listenerCount(cdp: CDPSession, expression: string): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  if (!result.objectId) return 0;
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
    objectId: result.objectId,
    depth: -1,
    pierce: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  return listeners.length;
}

export async function memory(browser: Browser): Promise<Record<string, string | number>[]> {
  const server = await startBenchServer();
  const page = await browser.newPage();
  const rows: Record<string, string | number>[] = [];
  try {
    await page.addInitScript(TIMER_PROBE);
    await page.goto(server.url);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const ids = await seed(server.url, 'draft');
    const params = {
      legalEntityUuid: ids.legalEntityUuid,
      clientUuid: ids.clientUuid,
      applicationUuid: ids.applicationUuid ?? undefined,
    };
    for (let done = 0; done <= CYCLES; done += STEP) {
      if (done > 0) await page.evaluate(([p, n]) => window.bench.cycles(p, n), [params, STEP] as const);
      await page.waitForTimeout(200); // let unmount cleanups and aborted requests settle
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
      rows.push({
        cycles: done,
        'JS heap used (KB)': Math.round(metric('JSHeapUsedSize') / 1024),
        'DOM nodes': metric('Nodes'),
        'JS event listeners (all)': metric('JSEventListeners'),
        'listeners on window + document': (await listenerCount(cdp, 'window')) + (await listenerCount(cdp, 'document')),
        'live timers': await page.evaluate(() => (window as unknown as { __liveTimers: () => string }).__liveTimers()),
        iframes: await page.evaluate(() => document.querySelectorAll('iframe').length),
        frames: page.frames().length,
      });
    }
  } finally {
    await page.close();
    await server.close();
  }
  return rows;
}
