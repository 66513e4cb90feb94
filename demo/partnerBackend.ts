/**
 * The demo partner's backend, as a partner would write it around `react-kyc-flow/server`: its own session
 * (an HttpOnly cookie naming a demo customer it seeded in the sandbox) and the KYC proxy at `/kyc`, which
 * resolves the customer from that cookie. The browser never holds a legal entity or client uuid.
 *
 * Routes (a connect/Express-style middleware, mounted in the demo's Vite dev server):
 * - `GET /demo/session` → `{ signedIn }`;
 * - `POST /demo/session?scenario=new` → seeds a sandbox scenario for a new customer and signs them in;
 * - `/kyc/*` → the proxy, in front of the sandbox's HTTP server; `POST /kyc/handoff/` mints a hand-off token
 *   for the signed-in customer's application, which a phone then sends (`X-Kyc-Handoff`) in place of the
 *   cookie for that application's document and liveness steps (docs/server-proxy.md, "Continue on a phone").
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxServer } from '../src/sandbox/server';
import type { ScenarioName } from '../src/sandbox';
import { SCENARIO_NAMES } from '../src/sandbox';
import { createKycProxy, toNodeHandler, type KycProxyClient } from '../src/server';

const COOKIE = 'demo_session';

export interface PartnerBackendOptions {
  /** The hand-off secret (tests sign tokens of their own with it); default: a new random one at each start. */
  handoffSecret?: string | Uint8Array | undefined;
}

export function createPartnerBackend(sandbox: SandboxServer, options: PartnerBackendOptions = {}) {
  /** Session id → the customer it signs in (a partner keeps this in its own user store). */
  const sessions = new Map<string, KycProxyClient>();
  const sessionOf = (cookieHeader: string | null | undefined): KycProxyClient | undefined => {
    const id = (cookieHeader ?? '')
      .split(/;\s*/)
      .find((cookie) => cookie.startsWith(`${COOKIE}=`))
      ?.slice(COOKIE.length + 1);
    return id ? sessions.get(id) : undefined;
  };

  const kyc = toNodeHandler(
    createKycProxy({
      apiBaseUrl: sandbox.url,
      basePath: '/kyc',
      // The sandbox ignores credentials; a partner returns its provider token here.
      getCredentials: () => ({ Authorization: 'Bearer demo-partner-token' }),
      resolveClient: (request) => sessionOf(request.headers.get('cookie')) ?? null,
      // A partner keeps this secret in its configuration; the demo makes a new one at each start.
      handoff: { secret: options.handoffSecret ?? crypto.getRandomValues(new Uint8Array(32)), ttlSeconds: 600 },
      onLog: ({ method, route, status, durationMs }) => {
        if (status >= 400)
          console.warn(`[kyc proxy] ${method} ${route ?? '(no route)'} → ${status} in ${durationMs} ms`);
      },
    }),
  );

  function signIn(url: URL, res: ServerResponse): void {
    const requested = url.searchParams.get('scenario') ?? 'new';
    const scenario = (SCENARIO_NAMES as readonly string[]).includes(requested) ? (requested as ScenarioName) : 'new';
    const { legalEntityUuid, clientUuid } = sandbox.sandbox.seed(scenario);
    const id = crypto.randomUUID();
    sessions.set(id, { legalEntityUuid, clientUuid });
    res.setHeader('set-cookie', `${COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`);
    sendJson(res, 201, { signedIn: true, scenario });
  }

  return function partnerBackend(req: IncomingMessage, res: ServerResponse, next: () => void): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/kyc/')) {
      void kyc(req, res);
    } else if (url.pathname === '/demo/session' && req.method === 'POST') {
      signIn(url, res);
    } else if (url.pathname === '/demo/session' && req.method === 'GET') {
      sendJson(res, 200, { signedIn: sessionOf(req.headers.cookie) !== undefined });
    } else {
      next();
    }
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}
