/**
 * `createKycProxy`: the partner's backend route between the widget and the provider's API, as one Fetch
 * handler (`Request` → `Response`). Each request is checked in this order: a contract route and method
 * (404 / 405), the partner's session (401), the body's size and type (413 / 415), the application and
 * files it names (404 / 400); then it is forwarded with the session's ids and the partner's credentials,
 * and the provider's status and body come back (pagination links rewritten, no cookies).
 */
import { forward } from './forward';
import { createMemoryStore } from './memoryStore';
import {
  DEFAULT_MAX_JSON_BYTES,
  DEFAULT_MAX_UPLOAD_BYTES,
  type KycProxyClient,
  type KycProxyLogEntry,
  type KycProxyOptions,
  type ResolvedProxyOptions,
} from './proxyOptions';
import { methodNotAllowed, notFound, proxyFailure, unauthenticated } from './responses';
import { matchRoute } from './routes';
import { createOwnership } from './ownership';

/** A Fetch handler: export it as a Next.js route's GET/POST/PATCH, pass it to Bun/Deno `serve`, Hono, a Worker… */
export type KycProxyHandler = (request: Request) => Promise<Response>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Creates the proxy. It forwards only the API contract's routes, always as the customer `resolveClient`
 * names, with the partner's credentials; see docs/server-proxy.md for every rule.
 *
 * @example
 * const kyc = createKycProxy({
 *   apiBaseUrl: process.env.KYC_API_URL,
 *   basePath: '/kyc',
 *   getCredentials: async () => ({ Authorization: `Bearer ${await providerToken()}` }),
 *   resolveClient: async (request) => {
 *     const user = await sessionUser(request);
 *     return user && { legalEntityUuid: LEGAL_ENTITY_UUID, clientUuid: user.kycClientUuid };
 *   },
 * });
 * export { kyc as GET, kyc as POST, kyc as PATCH }; // app/kyc/[...path]/route.ts
 */
export function createKycProxy(options: KycProxyOptions): KycProxyHandler {
  const resolved = resolveOptions(options);
  const ownership = createOwnership(resolved);

  async function handle(request: Request, entry: KycProxyLogEntry): Promise<Response> {
    const url = new URL(request.url);
    const { basePath } = resolved;
    if (basePath !== '' && !url.pathname.startsWith(`${basePath}/`)) return notFound();
    const match = matchRoute(request.method, url.pathname.slice(basePath.length));
    if (match.kind === 'notFound') return notFound();
    if (match.kind === 'methodNotAllowed') return methodNotAllowed(request.method.toUpperCase(), match.allow);
    const { route } = match;
    entry.route = route.name;

    let client: KycProxyClient | null | undefined;
    try {
      client = await resolved.resolveClient(request);
      if (client && !(UUID.test(client.legalEntityUuid) && UUID.test(client.clientUuid))) {
        throw new TypeError('resolveClient must return two uuids.');
      }
    } catch {
      entry.failure = 'resolve_client';
      return proxyFailure();
    }
    if (!client) return unauthenticated();

    const proxyBase = `${resolved.publicOrigin ?? url.origin}${basePath}`;
    const outcome = await forward({ options: resolved, ownership, request, url, route, client, proxyBase });
    if (outcome.failure) entry.failure = outcome.failure;
    return outcome.response;
  }

  return async function kycProxy(request: Request): Promise<Response> {
    const started = performance.now();
    const entry: KycProxyLogEntry = { method: request.method.toUpperCase(), route: null, status: 0, durationMs: 0 };
    let response: Response;
    try {
      response = await handle(request, entry);
    } catch {
      response = proxyFailure();
    }
    entry.status = response.status;
    entry.durationMs = Math.round(performance.now() - started);
    if (resolved.onLog) {
      try {
        resolved.onLog(entry);
      } catch {
        // A failing log hook must not turn a good answer into an error.
      }
    }
    return response;
  };
}

function resolveOptions(options: KycProxyOptions): ResolvedProxyOptions {
  const api = parseApiBase(options.apiBaseUrl);
  const basePath = options.basePath.replace(/\/+$/, '');
  if (basePath !== '' && !/^\/[A-Za-z0-9_.~/-]*$/.test(basePath)) {
    throw new TypeError(`createKycProxy: basePath must be a plain path starting with "/" (got "${options.basePath}").`);
  }
  const positive = (value: number | undefined, fallback: number, name: string): number => {
    if (value === undefined) return fallback;
    if (!(value > 0)) throw new TypeError(`createKycProxy: ${name} must be a positive number.`);
    return value;
  };
  return {
    ...options,
    apiBaseUrl: api,
    basePath,
    publicOrigin: options.publicOrigin === undefined ? undefined : new URL(options.publicOrigin).origin,
    maxJsonBytes: positive(options.maxJsonBytes, DEFAULT_MAX_JSON_BYTES, 'maxJsonBytes'),
    maxUploadBytes: positive(options.maxUploadBytes, DEFAULT_MAX_UPLOAD_BYTES, 'maxUploadBytes'),
    timeoutMs: positive(options.timeoutMs, 15_000, 'timeoutMs'),
    uploadTimeoutMs: positive(options.uploadTimeoutMs, 100_000, 'uploadTimeoutMs'),
    store: options.store ?? createMemoryStore(),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  };
}

/** The provider's API base as an absolute http(s) URL without a trailing slash, query or fragment. */
function parseApiBase(apiBaseUrl: string | undefined): string {
  let url: URL | undefined;
  try {
    url = apiBaseUrl ? new URL(apiBaseUrl) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new TypeError('createKycProxy: apiBaseUrl must be the absolute http(s) URL of the KYC API.');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
