/**
 * Forwarding one routed, authenticated request: its body read within limits, the application and files it
 * names checked against the client, the ids rewritten, the call made; then what the answer teaches (the
 * client's applications and files) is remembered and pagination links are rewritten.
 */
import type { KycProxyClient, ResolvedProxyOptions } from './proxyOptions';
import type { MatchedRoute } from './routes';
import { rewriteBody, rewriteQuery } from './identity';
import { lastApplicationOf, parseJson, type ApplicationCheck, type Ownership } from './ownership';
import { rewritePageLinks } from './pagination';
import { readRouteBody } from './readBody';
import { baseHeaders, fieldError, notFound, upstreamTimeout, upstreamUnreachable } from './responses';
import { callUpstream, type UpstreamFailure, type UpstreamResult } from './upstream';

export interface ForwardInput {
  options: ResolvedProxyOptions;
  ownership: Ownership;
  request: Request;
  url: URL;
  route: MatchedRoute;
  client: KycProxyClient;
  /** The proxy's own origin and base path, for rewritten links. */
  proxyBase: string;
  /** A last check of the request's JSON body (a hand-off token's keys); a response refuses it. */
  guard?: ((body: Record<string, unknown> | undefined) => Promise<Response | undefined>) | undefined;
}

interface ForwardOutcome {
  response: Response;
  failure?: UpstreamFailure | undefined;
}

const PAGED_ROUTES: readonly string[] = ['GET /v1/attributes/{key}/definitions/', 'GET /v1/legal_documents/'];

export async function forward(input: ForwardInput): Promise<ForwardOutcome> {
  const { options, ownership, request, url, route, client } = input;
  const body = await readRouteBody(request, route.body, options);
  if (!body.ok) return { response: body.response };

  if (route.applicationUuid !== undefined) {
    const check = await ownership.checkApplication(client, route.applicationUuid);
    if (!check.ok) return refusal(check, notFound);
  }
  const refusedByGuard = await input.guard?.(body.value.kind === 'json' ? body.value.value : undefined);
  if (refusedByGuard) return { response: refusedByGuard };
  let forwardBody = body.value;
  if (forwardBody.kind === 'json') {
    const value = rewriteBody(forwardBody.value, route.name, client);
    const refused = await checkReferences(route.name, value, client, ownership);
    if (refused) return refused;
    forwardBody = { kind: 'json', value };
  }

  const result = await callUpstream(options, {
    method: request.method.toUpperCase(),
    path: route.path,
    query: rewriteQuery(url.searchParams, route.identity, client),
    body: forwardBody,
    acceptLanguage: request.headers.get('accept-language'),
    timeoutMs: route.body === 'multipart' ? options.uploadTimeoutMs : options.timeoutMs,
    signal: request.signal,
  });
  if (!result.ok || result.status < 200 || result.status > 599) return upstreamFailed(result);
  const bytes = await learnFrom(input, result.status, result.bytes);
  return { response: passThrough(result.status, result.headers, bytes) };
}

/**
 * The ids a JSON body names besides the client's own: the files of a document must be this client's
 * uploads, and a verification code's `object_uuid` must be one of its applications.
 */
async function checkReferences(
  route: MatchedRoute['name'],
  body: Record<string, unknown>,
  client: KycProxyClient,
  ownership: Ownership,
): Promise<ForwardOutcome | undefined> {
  if (route === 'POST /v1/documents/' && 'files' in body) {
    const files = body.files;
    const uuids = Array.isArray(files) && files.every((file) => typeof file === 'string') ? files : undefined;
    if (!uuids || !(await ownership.ownsFiles(client, uuids))) {
      return { response: fieldError('files', 'Only files this client uploaded can make a document.') };
    }
  }
  if (route === 'POST /v1/verification-codes/' && 'object_uuid' in body) {
    const uuid = body.object_uuid;
    const check: ApplicationCheck =
      typeof uuid === 'string' ? await ownership.checkApplication(client, uuid) : { ok: false, kind: 'notOwned' };
    if (!check.ok) {
      return refusal(check, () => fieldError('object_uuid', 'No KYC application of this client has this UUID.'));
    }
  }
  return undefined;
}

/** A refused ownership check: `notOwned` answers as given; a failed level-info read passes on. */
function refusal(check: Exclude<ApplicationCheck, { ok: true }>, notOwned: () => Response): ForwardOutcome {
  if (check.kind === 'notOwned') return { response: notOwned() };
  const { result } = check;
  if (!result.ok || result.status < 200 || result.status > 599) return upstreamFailed(result);
  // The provider refused to read the client's level info (e.g. 401/403 for the partner's credentials).
  return { response: passThrough(result.status, result.headers, result.bytes) };
}

function upstreamFailed(result: UpstreamResult): ForwardOutcome {
  if (result.ok) return { response: upstreamUnreachable(), failure: 'upstream_unreachable' };
  if (result.failure === 'upstream_timeout') return { response: upstreamTimeout(), failure: result.failure };
  return { response: upstreamUnreachable(), failure: result.failure };
}

/** Remembers what a successful answer says the client owns; rewrites pagination links. The bytes to send. */
async function learnFrom(input: ForwardInput, status: number, bytes: Uint8Array): Promise<Uint8Array> {
  const { ownership, client, route, options, proxyBase } = input;
  if (status < 200 || status > 299) return bytes;
  switch (route.name) {
    case 'GET /v1/clients/kyc-level-info/': {
      const last = lastApplicationOf(bytes);
      if (last !== null) await ownership.rememberApplication(client, last);
      return bytes;
    }
    case 'POST /v1/clients/kyc-level-info/': {
      const created = parseJson(bytes);
      const uuid = isRecord(created) ? created.uuid : undefined;
      if (typeof uuid === 'string') await ownership.rememberApplication(client, uuid);
      return bytes;
    }
    case 'POST /v1/documents/files/': {
      const uploaded = parseJson(bytes);
      const uuids = Array.isArray(uploaded)
        ? uploaded.flatMap((file: unknown) => (isRecord(file) && typeof file.uuid === 'string' ? [file.uuid] : []))
        : [];
      await ownership.rememberFiles(client, uuids);
      return bytes;
    }
    default: {
      if (!PAGED_ROUTES.includes(route.name)) return bytes;
      const page = rewritePageLinks(parseJson(bytes), options.apiBaseUrl, proxyBase);
      return page === undefined ? bytes : new TextEncoder().encode(JSON.stringify(page));
    }
  }
}

/** The provider's status and body, with only the passed headers and the proxy's own. */
function passThrough(status: number, upstreamHeaders: Headers, bytes: Uint8Array): Response {
  const headers = baseHeaders();
  headers.delete('content-type');
  upstreamHeaders.forEach((value, name) => headers.set(name, value));
  const empty = status === 204 || status === 205 || status === 304 || bytes.byteLength === 0;
  return new Response(empty ? null : (bytes as Uint8Array<ArrayBuffer>), { status, headers });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
