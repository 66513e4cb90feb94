/**
 * One call to the provider: built from the API base, a checked route path and a rewritten query; headers
 * are the partner's credentials plus a short list of harmless ones (never the browser's cookies or
 * Authorization); the whole answer must arrive within the timeout.
 */
import type { ResolvedProxyOptions } from './proxyOptions';
import type { ForwardBody } from './readBody';

interface UpstreamCall {
  method: string;
  /** A path from the route table, e.g. `/v1/kyc/…/`. */
  path: string;
  query: URLSearchParams;
  body: ForwardBody;
  /** The browser's `Accept-Language`, so the provider's messages can follow the customer's language. */
  acceptLanguage?: string | null | undefined;
  timeoutMs: number;
  /** Aborts the call when the browser goes away. */
  signal?: AbortSignal | undefined;
}

export type UpstreamFailure = 'upstream_timeout' | 'upstream_unreachable' | 'credentials';

export type UpstreamResult =
  { ok: true; status: number; headers: Headers; bytes: Uint8Array } | { ok: false; failure: UpstreamFailure };

/** Response headers passed back to the browser; everything else (Set-Cookie first) stays here. */
const PASSED_RESPONSE_HEADERS = ['content-type', 'content-language', 'retry-after'];

export async function callUpstream(options: ResolvedProxyOptions, call: UpstreamCall): Promise<UpstreamResult> {
  let headers: Headers;
  try {
    headers = new Headers(await options.getCredentials());
  } catch {
    return { ok: false, failure: 'credentials' };
  }
  headers.set('accept', 'application/json');
  if (call.acceptLanguage) headers.set('accept-language', call.acceptLanguage);
  let body: BodyInit | undefined;
  if (call.body.kind === 'json') {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(call.body.value);
  } else if (call.body.kind === 'multipart') {
    headers.set('content-type', call.body.contentType);
    body = call.body.bytes as Uint8Array<ArrayBuffer>;
  }
  const search = call.query.toString();
  const url = `${options.apiBaseUrl}${call.path}${search ? `?${search}` : ''}`;

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), call.timeoutMs);
  const onBrowserGone = () => timeout.abort();
  call.signal?.addEventListener('abort', onBrowserGone, { once: true });
  try {
    // `redirect: 'manual'`: a redirect from the provider is passed on as it is, never followed to another host.
    const init: RequestInit = { method: call.method, headers, signal: timeout.signal, redirect: 'manual' };
    if (body !== undefined) init.body = body;
    const response = await options.fetch(url, init);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const passed = new Headers();
    for (const name of PASSED_RESPONSE_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) passed.set(name, value);
    }
    return { ok: true, status: response.status, headers: passed, bytes };
  } catch {
    const timedOut = timeout.signal.aborted && !call.signal?.aborted;
    return { ok: false, failure: timedOut ? 'upstream_timeout' : 'upstream_unreachable' };
  } finally {
    clearTimeout(timer);
    call.signal?.removeEventListener('abort', onBrowserGone);
  }
}
