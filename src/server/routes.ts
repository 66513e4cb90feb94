/**
 * The routes the proxy forwards: exactly the API contract's, by method (the sandbox's approve / reject /
 * send-to-clarify are not among them), and the path check that keeps every forwarded path on this list.
 */

/** What a route's query carries: both ids, the legal entity only, or neither. */
type Identity = 'client' | 'legalEntity' | 'none';

/** What a route's request body is. */
export type BodyKind = 'none' | 'json' | 'multipart';

interface RouteSpec {
  name: string;
  identity: Identity;
  body: BodyKind;
}

const ROUTES = [
  { name: 'GET /v1/clients/kyc-level-info/', identity: 'client', body: 'none' },
  { name: 'POST /v1/clients/kyc-level-info/', identity: 'client', body: 'json' },
  { name: 'GET /v1/kyc/{uuid}/', identity: 'client', body: 'none' },
  { name: 'PATCH /v1/kyc/{uuid}/', identity: 'client', body: 'json' },
  { name: 'GET /v1/kyc/{uuid}/attributes/{key}/', identity: 'client', body: 'none' },
  { name: 'POST /v1/kyc/{uuid}/send-to-review/', identity: 'client', body: 'json' },
  { name: 'GET /v1/attributes/{key}/definitions/', identity: 'none', body: 'none' },
  { name: 'GET /v1/legal_documents/', identity: 'legalEntity', body: 'none' },
  { name: 'POST /v1/documents/files/', identity: 'client', body: 'multipart' },
  { name: 'POST /v1/documents/', identity: 'client', body: 'json' },
  { name: 'POST /v1/verification-codes/', identity: 'client', body: 'json' },
] as const satisfies readonly RouteSpec[];

/** A contract route by method and path template, e.g. `GET /v1/kyc/{uuid}/`: what the log names. */
export type ProxyRouteName = (typeof ROUTES)[number]['name'];

export interface MatchedRoute {
  name: ProxyRouteName;
  identity: Identity;
  body: BodyKind;
  /** The path to call below the API's base, rebuilt from the template and the checked parameters. */
  path: string;
  /** The application the route acts on (`/v1/kyc/{uuid}/…`), lower case. */
  applicationUuid: string | undefined;
}

type RouteMatch =
  { kind: 'route'; route: MatchedRoute } | { kind: 'methodNotAllowed'; allow: string[] } | { kind: 'notFound' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An attribute key: words joined by single dots (so never `.` or `..`). */
const KEY = /^[A-Za-z0-9_-]{1,100}(?:\.[A-Za-z0-9_-]{1,100}){0,5}$/;
const PARAMS: Record<string, RegExp> = { '{uuid}': UUID, '{key}': KEY };

/**
 * Whether a path (as received, before any decoding) may be routed at all: only unreserved characters
 * and slashes (no percent-encoding, so no `%2e%2e` or `%2f`), no backslash, no empty segment (`//`) and
 * no `.` or `..` segment. Every contract path passes; anything else is a 404 before routing.
 */
export function isCleanPath(path: string): boolean {
  if (!/^\/[A-Za-z0-9_.~/-]*$/.test(path) || path.includes('//')) return false;
  return path.split('/').every((segment) => segment !== '.' && segment !== '..');
}

/** The route for `method` and `path` (the path below the proxy's base path, e.g. `/v1/kyc/…/`). */
export function matchRoute(method: string, path: string): RouteMatch {
  if (!isCleanPath(path) || !path.endsWith('/')) return { kind: 'notFound' };
  const segments = path.slice(1, -1).split('/');
  const allow: string[] = [];
  for (const spec of ROUTES) {
    const [specMethod = '', template = ''] = spec.name.split(' ');
    const params = matchTemplate(template, segments);
    if (!params) continue;
    if (specMethod !== method.toUpperCase()) {
      allow.push(specMethod);
      continue;
    }
    const applicationUuid = template.startsWith('/v1/kyc/{uuid}/') ? params['{uuid}'] : undefined;
    const route: MatchedRoute = {
      name: spec.name,
      identity: spec.identity,
      body: spec.body,
      path: template.replace(/\{\w+\}/g, (param) => params[param] ?? ''),
      applicationUuid,
    };
    return { kind: 'route', route };
  }
  return allow.length > 0 ? { kind: 'methodNotAllowed', allow } : { kind: 'notFound' };
}

function matchTemplate(template: string, segments: string[]): Record<string, string> | undefined {
  const parts = template.slice(1, -1).split('/');
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] ?? '';
    const pattern = PARAMS[part];
    if (pattern) {
      if (!pattern.test(segment)) return undefined;
      params[part] = part === '{uuid}' ? segment.toLowerCase() : segment;
    } else if (part !== segment) {
      return undefined;
    }
  }
  return params;
}
