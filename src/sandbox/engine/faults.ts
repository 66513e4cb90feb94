/**
 * Fault injection for /v1 routes: latency, 5xx HTML pages, dropped connections, truncated JSON, a chosen
 * status (401, 403, 404, 409, 413, 429, 503, with `Retry-After`) and answers lost after the request was
 * handled. Draws come from their own seeded generator, four per request, so a seed gives the same faults
 * for the same sequence of requests whatever those rules are; a `status` or `lostResponseRate` below 1
 * draws one more number per request it applies to. Query params
 * `sandbox_fault=500|502|503|401|403|404|409|413|429|drop|malformed|lost` and `sandbox_latency=<ms>`
 * force a fault for one request.
 */
import type { Random } from './random';
import type { FaultConfig, FaultRule, FaultStatus, RouteName } from './types';
import { isRecord } from './drf';

type FaultOutcome = 'none' | 'drop' | 'failure' | 'malformed' | 'status' | 'lost';

interface FaultPlan {
  latencyMs: number;
  outcome: FaultOutcome;
  /** The status of a failure (500, 502 or 503), or of a `status` outcome. */
  failureStatus: number;
  /** The `Retry-After` of a `status` outcome. */
  retryAfter?: string | undefined;
}

export interface FaultInjector {
  set(config: FaultConfig | undefined): void;
  /** The fault for one request, or a message when a `sandbox_*` query param is invalid. */
  plan(route: RouteName, params: URLSearchParams): FaultPlan | string;
}

const FAILURE_STATUSES = [500, 502, 503] as const;
const FAULT_STATUSES: readonly FaultStatus[] = [401, 403, 404, 409, 413, 429, 503];
const MAX_LATENCY_MS = 120_000;

export function createFaultInjector(random: Random, initial?: FaultConfig): FaultInjector {
  let config = initial;
  /** Requests hit by a fault of a rule with `times` since `set`, per route rule (`*`: the top-level rule). */
  const hits = new Map<string, number>();
  /** Whether a fault of `rate` hits; draws only for a rate strictly between 0 and 1. */
  const hit = (rate: number | undefined) => (rate ?? 0) >= 1 || ((rate ?? 0) > 0 && random.next() < (rate ?? 0));

  /** A chosen status or a lost answer. */
  function statusOrLost(rule: FaultRule, plan: FaultPlan) {
    if (rule.status !== undefined && hit(rule.statusRate ?? 1)) {
      plan.outcome = 'status';
      plan.failureStatus = rule.status;
      plan.retryAfter = rule.retryAfter;
    } else if (hit(rule.lostResponseRate)) plan.outcome = 'lost';
  }

  /** Whether the rule's `times` are used up (then the request gets no fault but its latency). */
  function usedUp(route: RouteName, rule: FaultRule): { done: boolean; counter: string } {
    const counter = config?.routes?.[route]?.times !== undefined ? route : '*';
    return { done: rule.times !== undefined && (hits.get(counter) ?? 0) >= rule.times, counter };
  }

  return {
    set(next) {
      config = next;
      hits.clear();
    },
    plan(route, params) {
      const draws = [random.next(), random.next(), random.next(), random.next()] as const;
      const rule: FaultRule = { ...config, ...config?.routes?.[route] };
      const plan: FaultPlan = {
        latencyMs: Math.min(Math.max(rule.latencyMs ?? 0, 0), MAX_LATENCY_MS),
        outcome: 'none',
        failureStatus: FAILURE_STATUSES[Math.floor(draws[3] * FAILURE_STATUSES.length)] ?? 500,
      };
      const { done, counter } = usedUp(route, rule);
      if (done) return applyForced(plan, params);
      if (draws[0] < (rule.dropRate ?? 0)) plan.outcome = 'drop';
      else if (draws[1] < (rule.failureRate ?? 0)) plan.outcome = 'failure';
      else if (draws[2] < (rule.malformedRate ?? 0)) plan.outcome = 'malformed';
      else statusOrLost(rule, plan);
      if (plan.outcome !== 'none' && rule.times !== undefined) hits.set(counter, (hits.get(counter) ?? 0) + 1);
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
  if (fault === 'drop' || fault === 'malformed' || fault === 'lost') return { ...plan, outcome: fault };
  if (/^5\d\d$/.test(fault)) return { ...plan, outcome: 'failure', failureStatus: Number(fault) };
  const status = FAULT_STATUSES.find((known) => String(known) === fault);
  if (status !== undefined) return { ...plan, outcome: 'status', failureStatus: status, retryAfter: undefined };
  return 'sandbox_fault must be a 5xx status, 401, 403, 404, 409, 413, 429, "drop", "malformed" or "lost".';
}

const STATUS_DETAILS: Record<number, string> = {
  401: 'Authentication credentials were not provided or have expired.',
  403: 'You do not have permission to perform this action.',
  404: 'Not found.',
  409: 'The request conflicts with the current state of the application.',
  413: 'Request entity too large.',
  429: 'Request was throttled.',
};

/** The answer of a `status` fault: a DRF `{"detail": …}` (503: the HTML page), with `Retry-After` when set. */
export function statusResponse(status: number, retryAfter?: string): Response {
  const response =
    status >= 500
      ? failureResponse(status)
      : new Response(JSON.stringify({ detail: STATUS_DETAILS[status] ?? 'Refused.' }), {
          status,
          headers: { 'content-type': 'application/json' },
        });
  if (retryAfter !== undefined) response.headers.set('retry-after', retryAfter);
  return response;
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

const RATE_FIELDS = ['failureRate', 'dropRate', 'malformedRate', 'statusRate', 'lostResponseRate'] as const;

/** The `status`, `retryAfter` and `times` fields of an untrusted rule (rates are checked with the others). */
function parseCountedFaults(
  value: Record<string, unknown>,
  prefix: string,
  out: FaultRule,
  errors: Record<string, string[]>,
) {
  const { status, retryAfter, times } = value;
  if (status !== undefined) {
    const known = FAULT_STATUSES.find((candidate) => candidate === status);
    if (known === undefined) errors[`${prefix}status`] = [`Expected one of ${FAULT_STATUSES.join(', ')}.`];
    else out.status = known;
  }
  if (retryAfter !== undefined) {
    if (typeof retryAfter !== 'string' || retryAfter.trim() === '' || retryAfter.length > 64)
      errors[`${prefix}retryAfter`] = ['Expected whole seconds or an HTTP date, as text.'];
    else out.retryAfter = retryAfter;
  }
  if (times !== undefined) {
    if (typeof times !== 'number' || !Number.isInteger(times) || times < 0)
      errors[`${prefix}times`] = ['Expected a whole number of requests.'];
    else out.times = times;
  }
}

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
    parseCountedFaults(value, prefix, out, errors);
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
