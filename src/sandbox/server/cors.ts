/**
 * CORS for the sandbox server: only pages served from this machine (`http://localhost:*`,
 * `http://127.0.0.1:*`, `http://[::1]:*`) may call it from a browser. Any other origin gets no CORS
 * headers at all, so the browser keeps the response from it.
 */

const LOCAL_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

const CORS_ALLOWED_METHODS = 'GET,POST,PATCH,PUT,DELETE,OPTIONS';

/** How long a browser may cache a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE = '600';

/** A header list as browsers send it in `Access-Control-Request-Headers`: tokens and commas. */
const HEADER_LIST = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+(?:\s*,\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+)*$/;

/** True for an exact `http://` origin on a loopback host name (any port, no path, no credentials). */
export function isLocalOrigin(origin: string | null | undefined): origin is string {
  if (!origin) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && LOCAL_HOSTNAMES.has(url.hostname) && url.origin === origin;
}

/**
 * Headers to add to an ordinary (non-preflight) response. `Vary: Origin` goes on every response,
 * allowed or not, because the answer depends on the Origin header.
 */
export function corsHeaders(origin: string | null | undefined): Headers {
  const headers = new Headers({ Vary: 'Origin' });
  if (isLocalOrigin(origin)) {
    headers.set('Access-Control-Allow-Origin', origin);
    // A page on another origin may read how long to wait after a 429 or 503.
    headers.set('Access-Control-Expose-Headers', 'Retry-After');
  }
  return headers;
}

/**
 * The answer to an `OPTIONS` request: 204, with the CORS grant only for a local origin. The requested
 * headers are reflected when they look like a header list, so the partner's own auth headers pass.
 */
export function preflightResponse(request: Request): Response {
  const origin = request.headers.get('origin');
  const headers = corsHeaders(origin);
  headers.append('Vary', 'Access-Control-Request-Method');
  headers.append('Vary', 'Access-Control-Request-Headers');
  headers.set('Allow', CORS_ALLOWED_METHODS);
  if (isLocalOrigin(origin)) {
    headers.set('Access-Control-Allow-Methods', CORS_ALLOWED_METHODS);
    const requested = request.headers.get('access-control-request-headers')?.trim();
    if (requested && HEADER_LIST.test(requested)) headers.set('Access-Control-Allow-Headers', requested);
    headers.set('Access-Control-Max-Age', PREFLIGHT_MAX_AGE);
  }
  return new Response(null, { status: 204, headers });
}
