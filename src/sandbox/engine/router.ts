/**
 * Matching of request paths to routes. Routing looks at the pathname from `/v1/` or `/__sandbox/` on, so
 * the sandbox answers under any base path (`https://partner.example/kyc/v1/…`).
 */
import type { EngineContext } from './state';
import type { RouteName } from './types';

export type ControlName =
  | 'seedScenario'
  | 'setFaults'
  | 'inspectApplication'
  | 'checkToken'
  | 'completeLiveness'
  | 'expireToken'
  | 'publishLegalDocument';

export interface RouteInput {
  ctx: EngineContext;
  request: Request;
  url: URL;
  params: Record<string, string>;
}

export type RouteHandler = (input: RouteInput) => Promise<Response> | Response;

export type RouteMatch =
  | { kind: 'api'; name: RouteName; params: Record<string, string> }
  | { kind: 'control'; name: ControlName; params: Record<string, string> }
  | { kind: 'methodNotAllowed' }
  | { kind: 'notFound' };

type Methods<N> = Partial<Record<string, N>>;

type RouteSpec =
  | { kind: 'api'; segments: string[]; methods: Methods<RouteName> }
  | { kind: 'control'; segments: string[]; methods: Methods<ControlName> };

/** A contract route; its path ends with a slash, as DRF's do. */
const api = (path: `v1/${string}/`, methods: Methods<RouteName>): RouteSpec => ({
  kind: 'api',
  segments: path.split('/'),
  methods,
});

/** A control route of the sandbox; it matches with or without a trailing slash. */
const control = (path: `__sandbox/${string}`, methods: Methods<ControlName>): RouteSpec => ({
  kind: 'control',
  segments: path.split('/'),
  methods,
});

/** Every route: its path and, by method, its name. */
const ROUTES: readonly RouteSpec[] = [
  api('v1/clients/kyc-level-info/', { GET: 'levelInfo', POST: 'createApplication' }),
  api('v1/kyc/:uuid/', { GET: 'getApplication', PATCH: 'updateApplication' }),
  api('v1/kyc/:uuid/attributes/:key/', { GET: 'getAttribute' }),
  api('v1/kyc/:uuid/send-to-review/', { POST: 'sendToReview' }),
  api('v1/kyc/:uuid/approve/', { POST: 'approve' }),
  api('v1/kyc/:uuid/reject/', { POST: 'reject' }),
  api('v1/kyc/:uuid/send-to-clarify/', { POST: 'sendToClarify' }),
  api('v1/attributes/:key/definitions/', { GET: 'definitions' }),
  api('v1/legal_documents/', { GET: 'legalDocuments' }),
  api('v1/documents/files/', { POST: 'uploadFiles' }),
  api('v1/documents/', { POST: 'createDocument' }),
  api('v1/verification-codes/', { POST: 'verificationCodes' }),
  control('__sandbox/scenarios/:name', { POST: 'seedScenario' }),
  control('__sandbox/faults', { PUT: 'setFaults' }),
  control('__sandbox/applications/:uuid', { GET: 'inspectApplication' }),
  control('__sandbox/liveness/tokens/:token', { GET: 'checkToken' }),
  control('__sandbox/liveness/tokens/:token/complete', { POST: 'completeLiveness' }),
  control('__sandbox/liveness/tokens/:token/expire', { POST: 'expireToken' }),
  control('__sandbox/legal-documents/:key/publish', { POST: 'publishLegalDocument' }),
];

/** Every contract route name, as used in fault rules: read from the table above. */
export const ROUTE_NAMES: readonly RouteName[] = ROUTES.flatMap((route) =>
  route.kind === 'api' ? Object.values(route.methods).filter((name) => name !== undefined) : [],
);

export function matchRoute(pathname: string, method: string): RouteMatch {
  for (const start of candidateStarts(pathname)) {
    const rest = pathname.slice(start + 1);
    const match = rest.startsWith('v1/')
      ? matchIn('api', rest, method)
      : matchIn('control', rest.replace(/\/$/, ''), method);
    if (match) return match;
  }
  return { kind: 'notFound' };
}

function candidateStarts(pathname: string): number[] {
  const starts: number[] = [];
  for (const marker of ['/v1/', '/__sandbox/']) {
    for (let i = pathname.indexOf(marker); i !== -1; i = pathname.indexOf(marker, i + 1)) starts.push(i);
  }
  return starts.sort((a, b) => a - b);
}

function matchIn(kind: RouteSpec['kind'], path: string, method: string): RouteMatch | undefined {
  const segments = path.split('/');
  for (const route of ROUTES) {
    if (route.kind !== kind) continue;
    const params = matchSegments(route.segments, segments);
    if (!params) continue;
    const name = route.methods[method.toUpperCase()];
    if (name === undefined) return { kind: 'methodNotAllowed' };
    return { kind, name, params } as RouteMatch;
  }
  return undefined;
}

function matchSegments(pattern: string[], segments: string[]): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    const segment = segments[index] ?? '';
    if (part.startsWith(':')) {
      if (segment === '') return undefined;
      const decoded = safeDecode(segment);
      if (decoded === undefined) return undefined;
      params[part.slice(1)] = decoded;
    } else if (part !== segment) {
      return undefined;
    }
  }
  return params;
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
