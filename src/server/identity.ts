/**
 * The customer's identity in what goes upstream: `legal_entity_uuid` and `client_uuid` always come from
 * the partner's session (`resolveClient`), never from the browser, in the query and in JSON bodies.
 */
import type { KycProxyClient } from './proxyOptions';
import type { MatchedRoute } from './routes';

const IDENTITY_PARAMS = ['legal_entity_uuid', 'client_uuid'] as const;

/** The browser's query with both ids removed, then set from the session as far as the route takes them. */
export function rewriteQuery(
  browserQuery: URLSearchParams,
  identity: MatchedRoute['identity'],
  client: KycProxyClient,
): URLSearchParams {
  const query = new URLSearchParams(browserQuery);
  for (const name of IDENTITY_PARAMS) query.delete(name);
  if (identity !== 'none') query.set('legal_entity_uuid', client.legalEntityUuid);
  if (identity === 'client') query.set('client_uuid', client.clientUuid);
  return query;
}

/**
 * A JSON body with any id the browser put in it replaced by the session's; the verification-code route
 * always gets `legal_entity_uuid` (the contract puts it in that body).
 */
export function rewriteBody(
  body: Record<string, unknown>,
  route: MatchedRoute['name'],
  client: KycProxyClient,
): Record<string, unknown> {
  const rewritten = { ...body };
  if ('legal_entity_uuid' in rewritten || route === 'POST /v1/verification-codes/') {
    rewritten.legal_entity_uuid = client.legalEntityUuid;
  }
  if ('client_uuid' in rewritten) rewritten.client_uuid = client.clientUuid;
  return rewritten;
}

/** Removes both ids from a query (of a link handed back to the browser). */
export function withoutIdentity(query: URLSearchParams): URLSearchParams {
  const copy = new URLSearchParams(query);
  for (const name of IDENTITY_PARAMS) copy.delete(name);
  return copy;
}

/** The key the proxy remembers a client's files and applications under. */
export function clientKey(client: KycProxyClient): string {
  return `${client.legalEntityUuid.toLowerCase()}/${client.clientUuid.toLowerCase()}`;
}
