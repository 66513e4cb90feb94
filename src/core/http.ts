/**
 * The transport under the API client: builds URLs, adds the partner's headers, applies a timeout (the
 * partner's `getHeaders` included) and the caller's AbortSignal, replays a call refused with 401 once
 * with fresh headers, retries idempotent reads on transient faults (honouring `Retry-After`), and turns
 * every answer into either a validated body or a typed `KycError`. Writes are never repeated here: a
 * caller that lost a write's answer reads the server to learn whether it happened.
 */
import type { GenericSchema, InferOutput } from 'valibot';
import { backoffDelay } from './backoff';
import { KycTransportError, KycUnauthorizedError, isKycError, isTransientError } from './errors';
import { anySignal, sleep, untilAborted } from './abortable';
import { abortReasonOr, readResponse } from './readResponse';
import { createSessionState } from './session';

export type HeadersProvider = () => Record<string, string> | Headers | Promise<Record<string, string> | Headers>;

export interface RetryOptions {
  /** Total tries for an idempotent read, the first included. Default 3. */
  attempts: number;
  /** Delay before the first retry, doubled each time (with jitter). Default 300 ms. */
  baseDelayMs: number;
  /** Longest delay between two tries. Default 4000 ms. */
  maxDelayMs: number;
  /**
   * Longest `Retry-After` (of a 429 or 503) waited for automatically. A longer wait fails at once, so the
   * customer is told how long to wait instead of watching a spinner. Default 60 000 ms.
   */
  maxRetryAfterMs: number;
}

export interface TransportOptions {
  /** Where the API lives, e.g. `https://partner.example/kyc` (the partner's proxy). */
  baseUrl: string;
  /**
   * Adds the partner's authentication to every call. Called before each request, and again before the
   * one replay of a call refused with 401. It counts against the call's timeout; a rejection fails the
   * call (reason `headers`) without sending it.
   */
  getHeaders?: HeadersProvider | undefined;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch | undefined;
  /** `credentials` for every request, e.g. `include` when the partner's proxy uses cookies. Default `same-origin`. */
  credentials?: RequestCredentials | undefined;
  /** Abort a call with no answer after this many milliseconds. Default 20 000. */
  timeoutMs?: number | undefined;
  /** Retries for idempotent reads on transient faults; `false` turns them off. */
  retry?: Partial<RetryOptions> | false | undefined;
  /**
   * The widget's language (BCP 47), sent as `Accept-Language` so a server that translates its titles
   * can; a header the partner's `getHeaders` sets wins. Read at each call.
   */
  locale?: string | undefined;
}

export interface CallOptions {
  /** Cancels the call; the promise then rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's timeout for this call. */
  timeoutMs?: number | undefined;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestSpec<S extends GenericSchema | undefined> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Path below the base URL, e.g. `/v1/kyc/123/`. */
  path: string;
  /** The route with placeholders, e.g. `GET /v1/kyc/{uuid}/`: used in error messages and events. */
  endpoint: string;
  query?: Record<string, QueryValue> | undefined;
  /** JSON body; `FormData` is sent as is. */
  body?: unknown;
  schema: S;
  /** Sign codes sent with the call, so a refused code reads as `invalid` rather than `missing`. */
  sentSignProviders?: readonly string[] | undefined;
  /** An absolute URL to call instead of `path` + `query` (a pagination `next` link). */
  url?: string | undefined;
  /** A fetch for this one call (the upload's progress-reporting one). */
  fetch?: typeof fetch | undefined;
}

const DEFAULT_RETRY: RetryOptions = { attempts: 3, baseDelayMs: 300, maxDelayMs: 4000, maxRetryAfterMs: 60_000 };

export function createTransport(options: TransportOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const retry: RetryOptions =
    options.retry === false ? { ...DEFAULT_RETRY, attempts: 1 } : { ...DEFAULT_RETRY, ...options.retry };
  /** Whether the partner's session works (see `session.ts`). */
  const session = createSessionState();
  /** Per route (`endpoint`): no read starts before this time, because the server asked to wait. */
  const cooldowns = new Map<string, number>();

  function buildUrl(path: string, query?: Record<string, QueryValue>): string {
    const url = new URL(base + path, baseForRelative());
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null) url.searchParams.set(name, String(value));
    }
    return url.toString();
  }

  async function headersFor(body: unknown): Promise<Headers> {
    const headers = new Headers(options.getHeaders ? await options.getHeaders() : undefined);
    headers.set('Accept', 'application/json');
    if (options.locale && !headers.has('Accept-Language')) headers.set('Accept-Language', options.locale);
    if (body !== undefined && !(body instanceof FormData)) headers.set('Content-Type', 'application/json');
    return headers;
  }

  /** The partner's headers, within the call's timeout; a hang or a rejection fails the call unsent. */
  async function partnerHeaders(spec: RequestSpec<GenericSchema | undefined>, signal: AbortSignal, call: CallOptions) {
    try {
      return await untilAborted(headersFor(spec.body), signal);
    } catch (cause) {
      if (call.signal?.aborted) throw call.signal.reason;
      const what = signal.aborted ? 'did not resolve in time' : 'failed';
      throw new KycTransportError('headers', `getHeaders ${what} before ${spec.endpoint}.`, spec.endpoint, undefined, {
        cause,
      });
    }
  }

  async function once<S extends GenericSchema | undefined>(spec: RequestSpec<S>, call: CallOptions) {
    const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? 20_000;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = anySignal([call.signal, timeout.signal]);
    const doFetch = spec.fetch ?? options.fetch ?? globalThis.fetch;
    try {
      const body = spec.body instanceof FormData || spec.body === undefined ? spec.body : JSON.stringify(spec.body);
      const headers = await partnerHeaders(spec, signal, call);
      let response: Response;
      try {
        const init: RequestInit = {
          method: spec.method,
          headers,
          credentials: options.credentials ?? 'same-origin',
          signal,
        };
        if (body !== undefined) init.body = body as BodyInit;
        response = await doFetch(spec.url ?? buildUrl(spec.path, spec.query), init);
      } catch (cause) {
        throw abortReasonOr(call.signal, timeout.signal, spec.endpoint, cause);
      }
      return await readResponse(response, spec, call.signal, timeout.signal);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * One call, and its one replay with fresh headers when the server refuses the credentials (401): the
   * server handled nothing, so even a write may be replayed. Still 401: the session has expired.
   */
  async function authorised<S extends GenericSchema | undefined>(spec: RequestSpec<S>, call: CallOptions) {
    for (let replay = false; ; replay = true) {
      try {
        const result = await once(spec, call);
        session.active();
        return result;
      } catch (error) {
        const refused = error instanceof KycUnauthorizedError && error.sessionExpired;
        if (!refused && isKycError(error) && error.status !== undefined) session.active();
        if (refused && replay) session.expired(spec.endpoint);
        if (!refused || replay || call.signal?.aborted) throw error;
      }
    }
  }

  /** Waits while the server asked every read of this route to hold off (`Retry-After`), plus some jitter. */
  async function coolDown(endpoint: string, signal: AbortSignal | undefined) {
    const until = cooldowns.get(endpoint) ?? 0;
    if (until <= Date.now()) {
      cooldowns.delete(endpoint);
      return;
    }
    await sleep(until - Date.now() + Math.random() * retry.baseDelayMs, signal);
  }

  /** Send one request; reads are retried on transient faults, after the wait a 429/503 asks for. */
  async function request<S extends GenericSchema | undefined>(
    spec: RequestSpec<S>,
    call: CallOptions = {},
  ): Promise<S extends GenericSchema ? InferOutput<S> : undefined> {
    const read = spec.method === 'GET';
    const attempts = read ? Math.max(1, retry.attempts) : 1;
    for (let attempt = 1; ; attempt++) {
      if (read) await coolDown(spec.endpoint, call.signal);
      try {
        return (await authorised(spec, call)) as S extends GenericSchema ? InferOutput<S> : undefined;
      } catch (error) {
        const asked = error instanceof KycTransportError ? error.retryAfterMs : undefined;
        const tooLong = asked !== undefined && asked > retry.maxRetryAfterMs;
        if (read && asked && !tooLong) cooldowns.set(spec.endpoint, Date.now() + asked);
        if (attempt >= attempts || !isTransientError(error) || call.signal?.aborted || tooLong) throw error;
        if (!asked) {
          const backoff = { baseMs: retry.baseDelayMs, maxMs: retry.maxDelayMs, jitter: 0.5 };
          await sleep(backoffDelay(attempt - 1, backoff), call.signal);
        }
      }
    }
  }

  return { request, buildUrl, headersFor, session };
}

function baseForRelative(): string | undefined {
  return typeof location === 'undefined' ? undefined : location.href;
}
