/**
 * What crosses the proxy besides the route: the browser's cookies and Authorization never reach the
 * provider (the partner's credentials do), the provider's cookies never reach the browser, and the log
 * hook hears nothing personal.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, PNG, PROVIDER_TOKEN, setupProxyHarness, uploadForm } from './proxyHarness';

const harness = setupProxyHarness();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('react-kyc-flow/server: headers and logs', () => {
  it("given a browser sending its cookies, Authorization and other headers / should send the provider only the partner's credentials and a few harmless headers", async () => {
    const proxy = harness.proxy();
    const customer = harness.customer('draft');
    const response = await harness.send(proxy, customer, '/v1/clients/kyc-level-info/', {
      headers: {
        authorization: 'Bearer the-customers-own-session-token',
        cookie: 'tracking=abc',
        'x-csrf-token': 'partner-csrf',
        'x-forwarded-for': '203.0.113.7',
        'accept-language': 'de-DE',
      },
    });
    expect(response.status).toBe(200);
    const sent = harness.upstream[0]!.headers;
    expect(sent.get('authorization')).toBe(PROVIDER_TOKEN);
    expect(sent.get('cookie')).toBeNull();
    expect(sent.get('x-csrf-token')).toBeNull();
    expect(sent.get('x-forwarded-for')).toBeNull();
    expect(sent.get('accept-language')).toBe('de-DE');
  });

  it('given credentials that change / should ask getCredentials for every upstream call', async () => {
    let token = 0;
    const proxy = harness.proxy({ getCredentials: async () => ({ Authorization: `Bearer token-${++token}` }) });
    const customer = harness.customer('draft');
    await harness.send(proxy, customer, '/v1/clients/kyc-level-info/');
    await harness.send(proxy, customer, '/v1/clients/kyc-level-info/');
    expect(harness.upstream.map((call) => call.headers.get('authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it('given a provider (or its load balancer) setting cookies / should pass none of them to the browser', async () => {
    const proxy = harness.proxy({
      fetch: async (input, init) => {
        const answer = await fetch(input, init);
        const headers = new Headers(answer.headers);
        headers.append('set-cookie', 'AWSALB=sticky; Path=/');
        headers.append('set-cookie', 'sessionid=provider-session; HttpOnly');
        return new Response(answer.body, { status: answer.status, headers });
      },
    });
    const customer = harness.customer('draft');
    const response = await harness.send(proxy, customer, '/v1/clients/kyc-level-info/');
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('given a whole journey / should log method, route, status and duration only, and print nothing', async () => {
    const printed = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(() => undefined),
    );
    const proxy = harness.proxy();
    const customer = harness.customer('draft');
    const app = customer.applicationUuid!;
    await harness.send(proxy, customer, `/v1/clients/kyc-level-info/?client_uuid=${customer.clientUuid}`);
    await harness.send(proxy, customer, `/v1/kyc/${app}/`, {
      ...json({ attribute_changes: [{ key: 'first_name', value: 'Secretina' }] }),
      method: 'PATCH',
    });
    await harness.send(proxy, customer, '/v1/documents/files/', {
      method: 'POST',
      body: uploadForm(new Blob([PNG], { type: 'image/png' })),
    });
    await harness.send(proxy, customer, `/v1/kyc/${app}/approve/`, { method: 'POST' });
    await harness.send(proxy, null, '/v1/legal_documents/?key=terms_and_conditions');

    expect(harness.logs.map(({ method, route, status }) => `${method} ${route} ${status}`)).toEqual([
      'GET GET /v1/clients/kyc-level-info/ 200',
      'PATCH PATCH /v1/kyc/{uuid}/ 200',
      'POST POST /v1/documents/files/ 201',
      'POST null 404',
      'GET GET /v1/legal_documents/ 401',
    ]);
    for (const entry of harness.logs) {
      expect(Object.keys(entry).sort()).toEqual(['durationMs', 'method', 'route', 'status']);
      expect(entry.durationMs).toBeGreaterThanOrEqual(0);
    }
    const logged = JSON.stringify(harness.logs);
    for (const secret of [customer.clientUuid, customer.legalEntityUuid, app, 'Secretina', 'terms_and_conditions']) {
      expect(logged).not.toContain(secret);
    }
    for (const spy of printed) expect(spy).not.toHaveBeenCalled();
  });
});
