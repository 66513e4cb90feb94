/**
 * Fault injection for /v1 routes: latency, 5xx HTML pages, dropped connections, truncated JSON. Draws come
 * from their own seeded generator, four per request, so a seed gives the same faults for the same
 * sequence of requests whatever the rules are. Query params `sandbox_fault=500|502|503|drop|malformed`
 * and `sandbox_latency=<ms>` force a fault for one request.
 */
import type { Random } from './random';
import type { FaultConfig, FaultRule, RouteName } from './types';
import { isRecord } from './drf';

type FaultOutcome = 'none' | 'drop' | 'failure' | 'malformed';

interface FaultPlan {
  latencyMs: number;
  outcome: FaultOutcome;
  /** The status of a failure: 500, 502 or 503. */
  failureStatus: number;
}

export interface FaultInjector {
  set(config: FaultConfig | undefined): void;
  /** The fault for one request, or a message when a `sandbox_*` query param is invalid. */
  plan(route: RouteName, params: URLSearchParams): FaultPlan | string;
}

const FAILURE_STATUSES = [500, 502, 503] as const;
const MAX_LATENCY_MS = 120_000;

export function createFaultInjector(random: Random, initial?: FaultConfig): FaultInjector {
  let config = initial;
  return {
    set(next) {
      config = next;
    },
    plan(route, params) {
      const draws = [random.next(), random.next(), random.next(), random.next()] as const;
      const rule: FaultRule = { ...config, ...config?.routes?.[route] };
      const plan: FaultPlan = {
        latencyMs: Math.min(Math.max(rule.latencyMs ?? 0, 0), MAX_LATENCY_MS),
        outcome: 'none',
        failureStatus: FAILURE_STATUSES[Math.floor(draws[3] * FAILURE_STATUSES.length)] ?? 500,
      };
      if (draws[0] < (rule.dropRate ?? 0)) plan.outcome = 'drop';
      else if (draws[1] < (rule.failureRate ?? 0)) plan.outcome = 'failure';
      else if (draws[2] < (rule.malformedRate ?? 0)) plan.outcome = 'malformed';
      return applyForced(plan, params);
    },
  };
}

function applyForced(plan: FaultPlan, params: URLSearchParams): FaultPlan | string {
  const latency = params.get('sandbox_latency');
  if (latency !== null) {
    if (!/^\d+$/.test(latency)) return 'sandbox_latency must be a whole number of milliseconds.';
    plan.latencyMs = Math.min(Number(latency), MAX_LATENCY_MS);
  }
  const fault = params.get('sandbox_fault');
  if (fault === null) return plan;
  if (fault === 'drop' || fault === 'malformed') return { ...plan, outcome: fault };
  if (/^5\d\d$/.test(fault)) return { ...plan, outcome: 'failure', failureStatus: Number(fault) };
  return 'sandbox_fault must be a 5xx status, "drop" or "malformed".';
}

/** The HTML error page a proxy or a crashed server answers with. */
export function failureResponse(status: number): Response {
  const title = status === 502 ? 'Bad Gateway' : status === 503 ? 'Service Unavailable' : 'Server Error';
  const html = `<!doctype html>\n<html><head><title>${status} ${title}</title></head><body><h1>${status} ${title}</h1><p>The sandbox injected this failure.</p></body></html>\n`;
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** A 200 whose JSON body is cut in half (never valid JSON). */
export async function malformedResponse(response: Response): Promise<Response> {
  const text = response.status === 204 ? '' : await response.text();
  const cut = text.length > 2 ? text.slice(0, Math.floor(text.length / 2)) : '{"detail": "';
  return new Response(cut, { status: 200, headers: { 'content-type': 'application/json' } });
}

/** Wait `ms`; resolves false when `signal` aborts first. */
export function wait(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (ms <= 0) return Promise.resolve(!signal?.aborted);
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve(false);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const RATE_FIELDS = ['failureRate', 'dropRate', 'malformedRate'] as const;

/** A fault config from untrusted JSON, or DRF-style field errors. */
export function parseFaultConfig(
  body: unknown,
  routeNames: readonly RouteName[],
): { ok: true; config: FaultConfig | undefined } | { ok: false; errors: Record<string, string[]> } {
  if (body === undefined || body === null) return { ok: true, config: undefined };
  if (!isRecord(body)) return { ok: false, errors: { non_field_errors: ['Expected a fault config object.'] } };
  const errors: Record<string, string[]> = {};
  const rule = (value: Record<string, unknown>, prefix: string): FaultRule => {
    const out: FaultRule = {};
    for (const field of RATE_FIELDS) {
      const rate = value[field];
      if (rate === undefined) continue;
      if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1))
        errors[prefix + field] = ['Expected a number from 0 to 1.'];
      else out[field] = rate;
    }
    const latency = value.latencyMs;
    if (latency !== undefined) {
      if (typeof latency !== 'number' || !(latency >= 0))
        errors[`${prefix}latencyMs`] = ['Expected a number of milliseconds.'];
      else out.latencyMs = latency;
    }
    return out;
  };
  const config: FaultConfig = rule(body, '');
  if (body.routes !== undefined) {
    if (!isRecord(body.routes)) errors.routes = ['Expected an object keyed by route name.'];
    else {
      const routes: Partial<Record<RouteName, FaultRule>> = {};
      for (const [name, value] of Object.entries(body.routes)) {
        const routeName = routeNames.find((known) => known === name);
        if (!routeName) errors[`routes.${name}`] = ['Unknown route.'];
        else if (!isRecord(value)) errors[`routes.${name}`] = ['Expected a fault rule object.'];
        else routes[routeName] = rule(value, `routes.${name}.`);
      }
      config.routes = routes;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, config: Object.keys(config).length === 0 ? undefined : config };
}
