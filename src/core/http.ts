/**
 * The transport under the API client: builds URLs, adds the partner's headers, applies a timeout
 * and the caller's AbortSignal, retries idempotent reads on transient faults, and turns every
 * answer into either a validated body or a typed `KycError`.
 */
import type { GenericSchema, InferOutput } from 'valibot';
import { backoffDelay } from './backoff';
import { toKycError } from './errorMapping';
import { KycTransportError, isTransientError } from './errors';
import { parseWith } from './schemas';

export type HeadersProvider = () => Record<string, string> | Headers | Promise<Record<string, string> | Headers>;

export interface RetryOptions {
  /** Total tries for an idempotent read, the first included. Default 3. */
  attempts: number;
  /** Delay before the first retry, doubled each time (with jitter). Default 300 ms. */
  baseDelayMs: number;
  /** Longest delay between two tries. Default 4000 ms. */
  maxDelayMs: number;
}

export interface TransportOptions {
  /** Where the API lives, e.g. `https://partner.example/kyc` (the partner's proxy). */
  baseUrl: string;
  /** Adds the partner's authentication to every call. Called before each request. */
  getHeaders?: HeadersProvider | undefined;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch | undefined;
  /** `credentials` for every request, e.g. `include` when the partner's proxy uses cookies. Default `same-origin`. */
  credentials?: RequestCredentials | undefined;
  /** Abort a call with no answer after this many milliseconds. Default 20 000. */
  timeoutMs?: number | undefined;
  /** Retries for idempotent reads on transient faults; `false` turns them off. */
  retry?: Partial<RetryOptions> | false | undefined;
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

const DEFAULT_RETRY: RetryOptions = { attempts: 3, baseDelayMs: 300, maxDelayMs: 4000 };

export function createTransport(options: TransportOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const retry: RetryOptions =
    options.retry === false ? { ...DEFAULT_RETRY, attempts: 1 } : { ...DEFAULT_RETRY, ...options.retry };

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
    if (body !== undefined && !(body instanceof FormData)) headers.set('Content-Type', 'application/json');
    return headers;
  }

  async function once<S extends GenericSchema | undefined>(spec: RequestSpec<S>, call: CallOptions) {
    const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? 20_000;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = anySignal([call.signal, timeout.signal]);
    const doFetch = spec.fetch ?? options.fetch ?? globalThis.fetch;
    try {
      const body = spec.body instanceof FormData || spec.body === undefined ? spec.body : JSON.stringify(spec.body);
      let response: Response;
      try {
        const init: RequestInit = {
          method: spec.method,
          headers: await headersFor(spec.body),
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

  /** Send one request; reads are retried on transient faults. */
  async function request<S extends GenericSchema | undefined>(
    spec: RequestSpec<S>,
    call: CallOptions = {},
  ): Promise<S extends GenericSchema ? InferOutput<S> : undefined> {
    const attempts = spec.method === 'GET' ? Math.max(1, retry.attempts) : 1;
    for (let attempt = 1; ; attempt++) {
      try {
        return (await once(spec, call)) as S extends GenericSchema ? InferOutput<S> : undefined;
      } catch (error) {
        if (attempt >= attempts || !isTransientError(error) || call.signal?.aborted) throw error;
        await sleep(
          backoffDelay(attempt - 1, { baseMs: retry.baseDelayMs, maxMs: retry.maxDelayMs, jitter: 0.5 }),
          call.signal,
        );
      }
    }
  }

  return { request, buildUrl, headersFor };
}

async function readResponse<S extends GenericSchema | undefined>(
  response: Response,
  spec: RequestSpec<S>,
  callerSignal: AbortSignal | undefined,
  timeoutSignal: AbortSignal,
): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    throw abortReasonOr(callerSignal, timeoutSignal, spec.endpoint, cause);
  }
  if (!response.ok) throw toKycError(response.status, text, spec.endpoint, spec.sentSignProviders ?? []);
  if (spec.schema === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new KycTransportError(
      'unreadable',
      `The server's answer to ${spec.endpoint} could not be read.`,
      spec.endpoint,
      response.status,
      { cause },
    );
  }
  const parsed = parseWith(spec.schema, data);
  if (!parsed.ok) {
    throw new KycTransportError(
      'invalid_response',
      `The server's answer to ${spec.endpoint} is not in the expected shape: ${parsed.message}`,
      spec.endpoint,
      response.status,
    );
  }
  return parsed.value;
}

function abortReasonOr(
  callerSignal: AbortSignal | undefined,
  timeoutSignal: AbortSignal,
  endpoint: string,
  cause: unknown,
): unknown {
  if (callerSignal?.aborted) return callerSignal.reason;
  if (timeoutSignal.aborted)
    return new KycTransportError('timeout', `${endpoint} did not answer in time.`, endpoint, undefined, { cause });
  return new KycTransportError('network', `${endpoint} could not be reached.`, endpoint, undefined, { cause });
}

/** An AbortSignal that aborts when any of the given ones does (AbortSignal.any is too new for some browsers). */
function anySignal(signals: (AbortSignal | undefined)[]): AbortSignal {
  const controller = new AbortController();
  for (const signal of signals) {
    if (!signal) continue;
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true, signal: controller.signal });
  }
  return controller.signal;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    function onAbort() {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function baseForRelative(): string | undefined {
  return typeof location === 'undefined' ? undefined : location.href;
}
