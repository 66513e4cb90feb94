/**
 * Serves the SumSub WebSDK stand-in under `/websdk/` as a Fetch handler, so any mount (node:http,
 * a dev-server middleware) can use it. The SDK builds the frame URL as `baseUrl + '/websdk/websdk.html'`
 * and compares `event.origin` with `baseUrl` exactly, so these paths live at the root of the origin
 * and `baseUrl` must be a bare origin (no path, no trailing slash).
 */
import { LIVENESS_SCRIPT } from './livenessScript';
import { MINI_FLOW_SCRIPT } from './miniFlowScript';
import { STAND_IN_CSS } from './standInCss';
import { standInHtml } from './standInHtml';
import { WEBSDK_SCRIPT } from './websdkScript';

/** Path prefix of every stand-in asset. */
const STAND_IN_PREFIX = '/websdk/';

/** The page the SDK frames, and the standalone page the liveness URL attribute links to. */
export const WEBSDK_PAGE_PATH = '/websdk/websdk.html';
export const LIVENESS_PAGE_PATH = '/websdk/liveness.html';

const BASE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
];

/**
 * CSP of the framed page: only local pages may frame it, matching the CORS rule. (CSP has no syntax
 * for an IPv6 literal, so a host page on `http://[::1]:*` cannot frame it; use localhost.)
 */
const WEBSDK_CSP = [...BASE_CSP, "frame-ancestors 'self' http://localhost:* http://127.0.0.1:*"].join('; ');

/** CSP of the standalone page and of the scripts and styles: nothing may frame them. */
const STANDALONE_CSP = [...BASE_CSP, "frame-ancestors 'none'"].join('; ');

interface Asset {
  body: string;
  contentType: string;
  csp: string;
}

const ASSETS: ReadonlyMap<string, Asset> = new Map([
  [WEBSDK_PAGE_PATH, { body: standInHtml('websdk'), contentType: 'text/html; charset=utf-8', csp: WEBSDK_CSP }],
  [LIVENESS_PAGE_PATH, { body: standInHtml('liveness'), contentType: 'text/html; charset=utf-8', csp: STANDALONE_CSP }],
  [
    '/websdk/websdk.js',
    { body: MINI_FLOW_SCRIPT + WEBSDK_SCRIPT, contentType: 'text/javascript; charset=utf-8', csp: STANDALONE_CSP },
  ],
  [
    '/websdk/liveness.js',
    { body: MINI_FLOW_SCRIPT + LIVENESS_SCRIPT, contentType: 'text/javascript; charset=utf-8', csp: STANDALONE_CSP },
  ],
  ['/websdk/standIn.css', { body: STAND_IN_CSS, contentType: 'text/css; charset=utf-8', csp: STANDALONE_CSP }],
]);

function textResponse(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
  });
}

/**
 * Answers a request for a stand-in asset, or returns `undefined` when the path is not under
 * `/websdk/` (the caller passes it on). GET and HEAD only.
 */
export function handleStandInRequest(request: Request): Response | undefined {
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith(STAND_IN_PREFIX)) return undefined;
  const asset = ASSETS.get(pathname);
  if (!asset) return textResponse(404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return textResponse(405, 'Method not allowed', { Allow: 'GET, HEAD' });
  }
  return new Response(request.method === 'HEAD' ? null : asset.body, {
    status: 200,
    headers: {
      'Content-Type': asset.contentType,
      'Content-Security-Policy': asset.csp,
      // The standalone page carries a token in its URL: never leak it through Referer or a cache.
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
