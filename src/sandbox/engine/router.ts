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

interface RouteSpec<N> {
  segments: string[];
  methods: Partial<Record<string, N>>;
}

const spec = <N>(path: string, methods: Partial<Record<string, N>>): RouteSpec<N> => ({
  segments: path.split('/'),
  methods,
});

/** Every contract route name, as used in fault rules. */
export const ROUTE_NAMES: readonly RouteName[] = [
  'levelInfo',
  'createApplication',
  'getApplication',
  'updateApplication',
  'definitions',
  'legalDocuments',
  'uploadFiles',
  'createDocument',
  'getAttribute',
  'verificationCodes',
  'sendToReview',
  'approve',
  'reject',
  'sendToClarify',
];

/** Contract routes; paths end with a slash, as DRF's do. */
const API_ROUTES: RouteSpec<RouteName>[] = [
  spec('v1/clients/kyc-level-info/', { GET: 'levelInfo', POST: 'createApplication' }),
  spec('v1/kyc/:uuid/', { GET: 'getApplication', PATCH: 'updateApplication' }),
  spec('v1/kyc/:uuid/attributes/:key/', { GET: 'getAttribute' }),
  spec('v1/kyc/:uuid/send-to-review/', { POST: 'sendToReview' }),
  spec('v1/kyc/:uuid/approve/', { POST: 'approve' }),
  spec('v1/kyc/:uuid/reject/', { POST: 'reject' }),
  spec('v1/kyc/:uuid/send-to-clarify/', { POST: 'sendToClarify' }),
  spec('v1/attributes/:key/definitions/', { GET: 'definitions' }),
  spec('v1/legal_documents/', { GET: 'legalDocuments' }),
  spec('v1/documents/files/', { POST: 'uploadFiles' }),
  spec('v1/documents/', { POST: 'createDocument' }),
  spec('v1/verification-codes/', { POST: 'verificationCodes' }),
];

/** Control routes; a trailing slash is optional. */
const CONTROL_ROUTES: RouteSpec<ControlName>[] = [
  spec('__sandbox/scenarios/:name', { POST: 'seedScenario' }),
  spec('__sandbox/faults', { PUT: 'setFaults' }),
  spec('__sandbox/applications/:uuid', { GET: 'inspectApplication' }),
  spec('__sandbox/liveness/tokens/:token', { GET: 'checkToken' }),
  spec('__sandbox/liveness/tokens/:token/complete', { POST: 'completeLiveness' }),
  spec('__sandbox/liveness/tokens/:token/expire', { POST: 'expireToken' }),
  spec('__sandbox/legal-documents/:key/publish', { POST: 'publishLegalDocument' }),
];

export function matchRoute(pathname: string, method: string): RouteMatch {
  for (const start of candidateStarts(pathname)) {
    const rest = pathname.slice(start + 1);
    const match = rest.startsWith('v1/')
      ? matchIn(API_ROUTES, rest, method, 'api')
      : matchIn(CONTROL_ROUTES, rest.replace(/\/$/, ''), method, 'control');
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

function matchIn<N extends string, K extends 'api' | 'control'>(
  routes: RouteSpec<N>[],
  path: string,
  method: string,
  kind: K,
): RouteMatch | undefined {
  const segments = path.split('/');
  for (const route of routes) {
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
