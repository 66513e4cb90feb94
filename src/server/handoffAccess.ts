/**
 * What a hand-off token may do at the proxy, and the route that mints one. A token stands in for the
 * partner's session only for its own client and application, and only on the routes of the document and
 * liveness steps: reading the application, uploading files, making a document of one of its document
 * attributes, reading its liveness token, and saving answers to document and liveness attributes. It can
 * never mint another token, create an application, send one to review or request a signature code.
 */
import { rewriteQuery } from './identity';
import { lastApplicationOf, parseJson, type Ownership } from './ownership';
import type { KycProxyClient, ResolvedProxyOptions } from './proxyOptions';
import type { MatchedRoute, ProxyRouteName } from './routes';
import { fieldError, handoffForbidden, handoffMinted, notFound, proxyFailure } from './responses';
import { createHandoffToken, type HandoffClaims } from './handoffToken';
import { callUpstream } from './upstream';

/** The header the widget sends a hand-off token in (or the `handoff` query parameter). */
export const HANDOFF_HEADER = 'x-kyc-handoff';
export const HANDOFF_QUERY = 'handoff';
/** The mint route, below the proxy's base path. */
export const HANDOFF_PATH = '/handoff/';

const HANDOFF_ROUTES: ReadonlySet<ProxyRouteName> = new Set<ProxyRouteName>([
  'GET /v1/clients/kyc-level-info/',
  'GET /v1/kyc/{uuid}/',
  'PATCH /v1/kyc/{uuid}/',
  'GET /v1/kyc/{uuid}/attributes/{key}/',
  'POST /v1/documents/files/',
  'POST /v1/documents/',
]);

const DOCUMENT_TYPES = new Set(['document']);
const LIVENESS_TYPES = new Set(['sumsub_liveness']);

/** The token a request carries (header first, then query), or undefined. */
export function handoffTokenOf(request: Request, url: URL): string | undefined {
  return request.headers.get(HANDOFF_HEADER) ?? url.searchParams.get(HANDOFF_QUERY) ?? undefined;
}

/** A refusal for a route (403) or an application (404) the token does not cover; undefined when it does. */
export function checkHandoffRoute(route: MatchedRoute, claims: HandoffClaims): Response | undefined {
  if (!HANDOFF_ROUTES.has(route.name)) return handoffForbidden();
  if (route.applicationUuid !== undefined && route.applicationUuid !== claims.applicationUuid) return notFound();
  return undefined;
}

/** The client a token acts as. */
export const handoffClient = (claims: HandoffClaims): KycProxyClient => ({
  legalEntityUuid: claims.legalEntityUuid,
  clientUuid: claims.clientUuid,
});

/**
 * The attribute keys a token may touch, by reading its application: checks a PATCH's keys, a document's
 * `attribute_key` and the liveness token's key. A 403 (or the provider's failure as a 500) when refused.
 */
export async function checkHandoffKeys(
  options: ResolvedProxyOptions,
  claims: HandoffClaims,
  route: MatchedRoute,
  body: Record<string, unknown> | undefined,
): Promise<Response | undefined> {
  const wanted = keysNamed(route, body);
  if (wanted === undefined) return undefined;
  if (wanted === null) return handoffForbidden();
  const result = await callUpstream(options, {
    method: 'GET',
    path: `/v1/kyc/${claims.applicationUuid}/`,
    query: rewriteQuery(new URLSearchParams({ empty_volatile_fields: 'true' }), 'client', handoffClient(claims)),
    body: { kind: 'none' },
    timeoutMs: options.timeoutMs,
  });
  if (!result.ok || result.status !== 200) return proxyFailure();
  const types = attributeTypes(parseJson(result.bytes));
  const allowed = wanted.types;
  return wanted.keys.every((key) => allowed.has(types.get(key) ?? '')) ? undefined : handoffForbidden();
}

/** The keys a route's request names and the attribute types they must have; undefined: nothing to check. */
function keysNamed(
  route: MatchedRoute,
  body: Record<string, unknown> | undefined,
): { keys: string[]; types: ReadonlySet<string> } | null | undefined {
  switch (route.name) {
    case 'GET /v1/kyc/{uuid}/attributes/{key}/':
      return { keys: [route.path.split('/').at(-2) ?? ''], types: LIVENESS_TYPES };
    case 'POST /v1/documents/': {
      const key = body?.attribute_key;
      return typeof key === 'string' ? { keys: [key], types: DOCUMENT_TYPES } : null;
    }
    case 'PATCH /v1/kyc/{uuid}/': {
      const changes = body?.attribute_changes;
      if (!Array.isArray(changes)) return null;
      const keys = changes.map((change: unknown) =>
        typeof change === 'object' && change !== null ? (change as { key?: unknown }).key : undefined,
      );
      if (!keys.every((key): key is string => typeof key === 'string')) return null;
      return { keys, types: new Set([...DOCUMENT_TYPES, ...LIVENESS_TYPES]) };
    }
    default:
      return undefined;
  }
}

/** Every attribute's key → type in an application's answer. */
function attributeTypes(application: unknown): Map<string, string> {
  const types = new Map<string, string>();
  const steps = (application as { kyc_steps?: unknown } | undefined)?.kyc_steps;
  if (!Array.isArray(steps)) return types;
  for (const step of steps as { questions?: unknown }[]) {
    if (!Array.isArray(step?.questions)) continue;
    for (const question of step.questions as { attribute?: { key?: unknown; type?: unknown } }[]) {
      const { key, type } = question?.attribute ?? {};
      if (typeof key === 'string' && typeof type === 'string') types.set(key, type);
    }
  }
  return types;
}

/**
 * `POST {basePath}/handoff/` for the signed-in customer: a token for the application named in the body
 * (`{ "application_uuid": … }`, which must be theirs) or, without one, their last application.
 */
export async function mintHandoff(
  options: ResolvedProxyOptions,
  ownership: Ownership,
  client: KycProxyClient,
  body: Record<string, unknown> | undefined,
): Promise<Response> {
  const handoff = options.handoff;
  if (!handoff) return notFound();
  let applicationUuid = body?.application_uuid;
  if (applicationUuid === undefined) {
    const result = await callUpstream(options, {
      method: 'GET',
      path: '/v1/clients/kyc-level-info/',
      query: rewriteQuery(new URLSearchParams(), 'client', client),
      body: { kind: 'none' },
      timeoutMs: options.timeoutMs,
    });
    applicationUuid = result.ok && result.status === 200 ? lastApplicationOf(result.bytes) : undefined;
    if (applicationUuid === null) return fieldError('application_uuid', 'This client has no KYC application.');
    if (applicationUuid === undefined) return proxyFailure();
  }
  if (typeof applicationUuid !== 'string' || !/^[0-9a-f-]{36}$/i.test(applicationUuid)) {
    return fieldError('application_uuid', 'Must be a valid UUID.');
  }
  const check = await ownership.checkApplication(client, applicationUuid);
  if (!check.ok) return check.kind === 'notOwned' ? notFound() : proxyFailure();
  const now = Date.now();
  const token = await createHandoffToken({
    ...client,
    applicationUuid,
    secret: handoff.secret,
    ttlSeconds: handoff.ttlSeconds,
    now,
  });
  const expiresAt = new Date((Math.floor(now / 1000) + handoff.ttlSeconds) * 1000).toISOString();
  const url = handoff.pageUrl === undefined ? undefined : withToken(handoff.pageUrl, token);
  return handoffMinted({ token, expires_at: expiresAt, ...(url === undefined ? {} : { url }) });
}

function withToken(pageUrl: string, token: string): string {
  const url = new URL(pageUrl);
  url.searchParams.set(HANDOFF_QUERY, token);
  return url.toString();
}
