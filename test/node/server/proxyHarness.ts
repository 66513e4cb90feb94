/**
 * Test support for the backend proxy: the real HTTP sandbox (node:http on loopback) as the provider, a
 * proxy in front of it whose sessions are a cookie, and a record of every call the proxy made upstream
 * (what the provider received: method, URL, headers, body), so a test can tell "refused by the proxy" from
 * "refused by the provider".
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createKycClient, type KycClient } from '../../../src/core/client';
import { startSandboxServer, type SandboxServer } from '../../../src/sandbox/server';
import { createKycProxy, type KycProxyLogEntry, type KycProxyOptions } from '../../../src/server';
import type { ScenarioName } from '../../../src/sandbox';

/** Where the partner's app (and so the proxy) is, as the browser sees it. */
export const PARTNER_ORIGIN = 'https://partner.example';
export const PROVIDER_TOKEN = 'Bearer partner-secret-token';

interface UpstreamCall {
  method: string;
  url: URL;
  headers: Headers;
  body: string | undefined;
}

export interface Customer {
  /** The session cookie the partner's app set for this customer. */
  cookie: string;
  legalEntityUuid: string;
  clientUuid: string;
  applicationUuid: string | null;
}

export interface ProxyHarness {
  readonly sandbox: SandboxServer;
  /** Every call the proxy made to the provider since the test began. */
  upstream: UpstreamCall[];
  logs: KycProxyLogEntry[];
  /** Seeds a scenario for a new customer and opens a session for them. */
  customer(scenario: ScenarioName): Customer;
  /** A proxy in front of the sandbox; the options override the harness's. */
  proxy(options?: Partial<KycProxyOptions>): (request: Request) => Promise<Response>;
  /** Sends `path` (below `/kyc`) through `proxy` as the browser of `who` would. */
  send(
    proxy: (request: Request) => Promise<Response>,
    who: Customer | null,
    path: string,
    init?: RequestInit,
  ): Promise<Response>;
  /** The widget's own API client, holding no uuid, talking to `proxy` as `who`. */
  widgetClient(proxy: (request: Request) => Promise<Response>, who: Customer): KycClient;
}

export function setupProxyHarness(): ProxyHarness {
  let sandbox: SandboxServer | undefined;
  const sessions = new Map<string, Customer>();
  const harness: ProxyHarness = {
    get sandbox() {
      if (!sandbox) throw new Error('The sandbox starts in beforeAll.');
      return sandbox;
    },
    upstream: [],
    logs: [],
    customer(scenario) {
      const seeded = harness.sandbox.sandbox.seed(scenario);
      const customer = { ...seeded, cookie: `session=${crypto.randomUUID()}` };
      sessions.set(customer.cookie, customer);
      return customer;
    },
    proxy(options = {}) {
      return createKycProxy({
        apiBaseUrl: harness.sandbox.url,
        basePath: '/kyc',
        getCredentials: () => ({ Authorization: PROVIDER_TOKEN }),
        resolveClient: (request) => {
          const session = (request.headers.get('cookie') ?? '').split(/;\s*/).find((c) => c.startsWith('session='));
          const customer = session ? sessions.get(session) : undefined;
          return customer && { legalEntityUuid: customer.legalEntityUuid, clientUuid: customer.clientUuid };
        },
        fetch: async (input, init) => {
          const request = new Request(input, init);
          const body = request.body ? await request.clone().text() : undefined;
          harness.upstream.push({ method: request.method, url: new URL(request.url), headers: request.headers, body });
          return fetch(request);
        },
        onLog: (entry) => harness.logs.push(entry),
        ...options,
      });
    },
    send(proxy, who, path, init = {}) {
      const headers = new Headers(init.headers);
      if (who) headers.append('cookie', who.cookie);
      return proxy(new Request(`${PARTNER_ORIGIN}/kyc${path}`, { ...init, headers }));
    },
    widgetClient(proxy, who) {
      return createKycClient({
        baseUrl: `${PARTNER_ORIGIN}/kyc`,
        retry: false,
        fetch: (input, init) => {
          const request = new Request(input, init);
          request.headers.set('cookie', who.cookie);
          return proxy(request);
        },
      });
    },
  };
  beforeAll(async () => {
    sandbox = await startSandboxServer({ port: 0 });
  });
  afterEach(() => {
    harness.upstream.length = 0;
    harness.logs.length = 0;
    sandbox?.sandbox.setFaults(undefined);
  });
  afterAll(() => sandbox?.close());
  return harness;
}

/** A 1×1 PNG, a file the sandbox accepts. */
export const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

/** A multipart body with `files` as its only parts, the way the widget uploads. */
export function uploadForm(...files: Blob[]): FormData {
  const form = new FormData();
  for (const [index, file] of files.entries()) form.append('files', file, `file-${index}.png`);
  return form;
}

export const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
