/**
 * Benchmark 1: time from mount to the first interactive question with 100 ms of added latency per
 * API call, and how many sequential round trips it took (the critical path of API requests), with
 * and without `applicationUuid`. Also when the open step's reference data had all arrived.
 */
import type { Browser } from 'playwright-core';
import { seed } from './support/browser';
import { startBenchServer } from './support/benchServer';
import { chainOf, median, traceApi } from './support/trace';

const RUNS = 5;
const LATENCY_MS = 100;

export async function firstQuestion(browser: Browser): Promise<Record<string, string | number>[]> {
  const server = await startBenchServer({ faults: { latencyMs: LATENCY_MS } });
  const rows: Record<string, string | number>[] = [];
  try {
    for (const withUuid of [true, false]) {
      const toInteractive: number[] = [];
      const toSettled: number[] = [];
      let roundTrips = 0;
      let settledRoundTrips = 0;
      let chain = '';
      let settledChain = '';
      for (let run = 0; run < RUNS; run += 1) {
        const ids = await seed(server.url, 'draft');
        const page = await browser.newPage();
        const trace = await traceApi(page);
        await page.goto(server.url);
        const params = {
          legalEntityUuid: ids.legalEntityUuid,
          clientUuid: ids.clientUuid,
          applicationUuid: withUuid ? (ids.applicationUuid ?? undefined) : undefined,
        };
        await page.evaluate((p) => window.bench.mountFlow(p), params);
        // Let the open step's reference data arrive, then stop tracing.
        await page.waitForLoadState('networkidle');
        trace.stop();
        const mount = trace.marks.get('mount') ?? 0;
        const interactive = trace.marks.get('interactive') ?? 0;
        const before = trace.requests.filter((r) => r.start <= interactive);
        const deepest = before.reduce((a, b) => (b.depth > a.depth ? b : a));
        const last = trace.requests.reduce((a, b) =>
          b.depth > a.depth || (b.depth === a.depth && (b.end ?? 0) > (a.end ?? 0)) ? b : a,
        );
        toInteractive.push(interactive - mount);
        toSettled.push((last.end ?? 0) - mount);
        roundTrips = deepest.depth;
        settledRoundTrips = last.depth;
        chain = chainOf(deepest);
        settledChain = `${trace.requests.length} requests; longest: ${chainOf(last)}`;
        await page.close();
      }
      rows.push({
        case: withUuid ? 'applicationUuid given' : 'no applicationUuid',
        'first question (ms, median of 5)': Math.round(median(toInteractive)),
        'round trips to first question': roundTrips,
        'critical path': chain,
        'step data complete (ms)': Math.round(median(toSettled)),
        'round trips to complete step': settledRoundTrips,
        'all requests': settledChain,
      });
    }
  } finally {
    await server.close();
  }
  return rows;
}
