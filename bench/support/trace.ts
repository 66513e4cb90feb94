/**
 * Request tracing for the round-trip count: every API request's start and response time (Node's
 * clock, from Playwright's request events), and the critical path — a request's depth is one more
 * than the deepest request that had answered before it started.
 */
import type { Page, Request } from 'playwright-core';

export interface TracedRequest {
  label: string;
  start: number;
  end: number | null;
  depth: number;
  /** The request it waited on (the deepest one answered before it started). */
  after: TracedRequest | null;
  /** Request body size in bytes. */
  bytes: number;
  request: Request;
}

export interface Trace {
  requests: TracedRequest[];
  marks: Map<string, number>;
  stop(): void;
}

/** Traces requests whose path starts with `/v1/` and records `window.benchMark(name)` calls. */
export async function traceApi(page: Page): Promise<Trace> {
  const requests: TracedRequest[] = [];
  const marks = new Map<string, number>();
  const byRequest = new Map<Request, TracedRequest>();
  await page.exposeFunction('benchMark', (name: string) => void marks.set(name, Date.now()));
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/v1/')) return;
    const start = Date.now();
    let after: TracedRequest | null = null;
    for (const done of requests)
      if (done.end !== null && done.end <= start && (!after || done.depth > after.depth)) after = done;
    const traced: TracedRequest = {
      label: `${request.method()} ${url.pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{uuid}')}`,
      start,
      end: null,
      depth: (after?.depth ?? 0) + 1,
      after,
      bytes: request.postDataBuffer()?.length ?? 0,
      request,
    };
    requests.push(traced);
    byRequest.set(request, traced);
  };
  const onEnd = (request: Request) => {
    const traced = byRequest.get(request);
    if (traced && traced.end === null) traced.end = Date.now();
  };
  page.on('request', onRequest);
  page.on('response', (response) => onEnd(response.request()));
  page.on('requestfailed', onEnd);
  return {
    requests,
    marks,
    stop() {
      page.off('request', onRequest);
    },
  };
}

/** `a → b → c`: the chain of requests that `request` waited on. */
export function chainOf(request: TracedRequest): string {
  const chain: string[] = [];
  for (let at: TracedRequest | null = request; at; at = at.after) chain.unshift(at.label);
  return chain.join(' → ');
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
