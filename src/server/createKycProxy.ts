/**
 * `createKycProxy`: the partner's backend route between the widget and the provider's API, as one Fetch
 * handler (`Request` → `Response`). Each request is checked in this order: a contract route and method
 * (404 / 405), the partner's session (401), the body's size and type (413 / 415), the application and
 * files it names (404 / 400); then it is forwarded with the session's ids and the partner's credentials,
 * and the provider's status and body come back (pagination links rewritten, no cookies).
 */
import { forward, type ForwardInput } from './forward';
import {
  checkHandoffKeys,
  checkHandoffRoute,
  handoffClient,
  handoffTokenOf,
  HANDOFF_PATH,
  HANDOFF_QUERY,
  mintHandoff,
} from './handoffAccess';
import { handoffSecretBytes, handoffTtlSeconds, verifyHandoffToken } from './handoffToken';
import { readRouteBody } from './readBody';
import { createMemoryStore } from './memoryStore';
import {
  DEFAULT_MAX_JSON_BYTES,
  DEFAULT_MAX_UPLOAD_BYTES,
  type KycProxyClient,
  type KycProxyLogEntry,
  type KycProxyOptions,
  type ResolvedProxyOptions,
} from './proxyOptions';
import { handoffRefused, methodNotAllowed, notFound, proxyFailure, unauthenticated } from './responses';
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
    const path = url.pathname.slice(basePath.length);
    if (resolved.handoff && path === HANDOFF_PATH) return handleMint(request, entry);
    const match = matchRoute(request.method, path);
    if (match.kind === 'notFound') return notFound();
    if (match.kind === 'methodNotAllowed') return methodNotAllowed(request.method.toUpperCase(), match.allow);
    const { route } = match;
    entry.route = route.name;

    const proxyBase = `${resolved.publicOrigin ?? url.origin}${basePath}`;
    const token = resolved.handoff ? handoffTokenOf(request, url) : undefined;
    let input: Pick<ForwardInput, 'client' | 'url' | 'guard'>;
    if (resolved.handoff && token !== undefined) {
      // The token stands in for the session: its own client and application, the document and liveness routes.
      const verdict = await verifyHandoffToken(token, { secret: resolved.handoff.secret });
      if (!verdict.ok) return handoffRefused(verdict.reason);
      const refused = checkHandoffRoute(route, verdict.claims);
      if (refused) return refused;
      const clean = new URL(url);
      clean.searchParams.delete(HANDOFF_QUERY);
      const { claims } = verdict;
      const guard = (body: Record<string, unknown> | undefined) => checkHandoffKeys(resolved, claims, route, body);
      input = { client: handoffClient(claims), url: clean, guard };
    } else {
      const client = await sessionClient(request, entry);
      if (client === 'failed') return proxyFailure();
      if (!client) return unauthenticated();
      input = { client, url };
    }
    const outcome = await forward({ options: resolved, ownership, request, route, proxyBase, ...input });
    if (outcome.failure) entry.failure = outcome.failure;
    return outcome.response;
  }

  /** The partner's session's client; `'failed'` when `resolveClient` throws or answers something else. */
  async function sessionClient(
    request: Request,
    entry: KycProxyLogEntry,
  ): Promise<KycProxyClient | null | undefined | 'failed'> {
    let client: KycProxyClient | null | undefined;
    try {
      client = await resolved.resolveClient(request);
      if (client && !(UUID.test(client.legalEntityUuid) && UUID.test(client.clientUuid))) {
        throw new TypeError('resolveClient must return two uuids.');
      }
    } catch {
      entry.failure = 'resolve_client';
      return 'failed';
    }
    return client;
  }

  /** `POST {basePath}/handoff/`: the signed-in customer's session only (a hand-off token cannot mint one). */
  async function handleMint(request: Request, entry: KycProxyLogEntry): Promise<Response> {
    if (request.method.toUpperCase() !== 'POST') return methodNotAllowed(request.method.toUpperCase(), ['POST']);
    const client = await sessionClient(request, entry);
    if (client === 'failed') return proxyFailure();
    if (!client) return unauthenticated();
    const body = await readRouteBody(request, 'json', resolved);
    if (!body.ok) return body.response;
    return mintHandoff(resolved, ownership, client, body.value.kind === 'json' ? body.value.value : undefined);
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
    handoff: options.handoff && {
      secret: handoffSecretBytes(options.handoff.secret),
      ttlSeconds: handoffTtlSeconds(options.handoff.ttlSeconds),
      pageUrl: options.handoff.pageUrl === undefined ? undefined : new URL(options.handoff.pageUrl).toString(),
    },
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
