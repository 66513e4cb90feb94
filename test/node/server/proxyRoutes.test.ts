/**
 * The proxy forwards the API contract's routes and methods and nothing else, in front of the real HTTP
 * sandbox: the sandbox's own control API and its reviewer decisions stay out of reach, a wrong method is a
 * 405, and no path can leave the route table or reach another host.
 */
import { describe, expect, it } from 'vitest';
import { json, setupProxyHarness } from './proxyHarness';

const harness = setupProxyHarness();

describe('react-kyc-flow/server: which routes are forwarded', () => {
  it('given paths outside the contract (the sandbox control API, unknown routes) / should answer 404 and call nothing upstream', async () => {
    const proxy = harness.proxy();
    const who = harness.customer('new');
    const paths = [
      ['POST', '/__sandbox/scenarios/new'],
      ['PUT', '/__sandbox/faults'],
      ['GET', '/v1/clients/'],
      ['GET', '/v1/admin/'],
      ['GET', '/v1/clients/kyc-level-info'], // the contract's paths end with a slash
      ['GET', '/'],
    ] as const;
    for (const [method, path] of paths) {
      const response = await harness.send(proxy, who, path, { method });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(await response.json()).toEqual({ detail: 'Not found.' });
    }
    expect(harness.upstream).toEqual([]);
  });

  it('given the sandbox-only reviewer decisions (approve, reject, send-to-clarify) / should answer 404, forward nothing and leave the application in review', async () => {
    const proxy = harness.proxy();
    const who = harness.customer('in_review');
    const uuid = who.applicationUuid!;
    for (const action of ['approve', 'reject', 'send-to-clarify']) {
      const response = await harness.send(proxy, who, `/v1/kyc/${uuid}/${action}/`, json({}));
      expect(response.status, action).toBe(404);
    }
    expect(harness.upstream.filter((call) => call.url.pathname.startsWith('/v1/kyc/'))).toEqual([]);
    expect(harness.sandbox.sandbox.inspect(uuid)?.status).toBe('in_review');
  });

  it('given a contract path with a method it does not take / should answer 405 with Allow, and forward nothing', async () => {
    const proxy = harness.proxy();
    const who = harness.customer('draft');
    const cases = [
      ['DELETE', `/v1/kyc/${who.applicationUuid}/`, 'GET, PATCH'],
      ['PUT', '/v1/documents/', 'POST'],
      ['GET', '/v1/verification-codes/', 'POST'],
      ['POST', '/v1/legal_documents/', 'GET'],
      ['OPTIONS', '/v1/clients/kyc-level-info/', 'GET, POST'],
    ] as const;
    for (const [method, path, allow] of cases) {
      const response = await harness.send(proxy, who, path, { method });
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.get('allow'), `${method} ${path}`).toBe(allow);
    }
    expect(harness.upstream).toEqual([]);
  });

  it('given paths with encoded slashes or dots, empty segments or odd parameters / should answer 404 and forward nothing', async () => {
    const proxy = harness.proxy();
    const who = harness.customer('draft');
    const app = who.applicationUuid!;
    const paths = [
      `/v1/kyc/..%2F..%2F__sandbox%2Fscenarios%2Fnew/`,
      `/v1/kyc/${app}%2F..%2F..%2Fclients%2Fkyc-level-info/`,
      `/v1/attributes/%2e%2e%2fclients/definitions/`,
      `/v1/attributes/a..b/definitions/`,
      `/v1//clients/kyc-level-info/`,
      `/v1/kyc/${app}//`,
      `/v1/kyc/not-a-uuid/`,
      `/v1/kyc/${app}/attributes/%73umsub/`,
    ];
    for (const path of paths) {
      const response = await harness.send(proxy, who, path);
      expect(response.status, path).toBe(404);
    }
    expect(harness.upstream).toEqual([]);
  });

  it('given a path or headers naming another host / should answer 404 for the path and call only the API host', async () => {
    const proxy = harness.proxy();
    const who = harness.customer('draft');
    for (const path of [
      '//evil.example/v1/clients/kyc-level-info/',
      '/https://evil.example/v1/clients/kyc-level-info/',
    ]) {
      const response = await harness.send(proxy, who, path);
      expect(response.status, path).toBe(404);
    }
    expect(harness.upstream).toEqual([]);

    const response = await harness.send(proxy, who, '/v1/clients/kyc-level-info/', {
      headers: { 'x-forwarded-host': 'evil.example', forwarded: 'host=evil.example' },
    });
    expect(response.status).toBe(200);
    expect(harness.upstream.map((call) => call.url.origin)).toEqual([harness.sandbox.url]);
  });

  it('given a request below another base path / should answer 404', async () => {
    const proxy = harness.proxy();
    const who = harness.customer('draft');
    const response = await proxy(
      new Request('https://partner.example/other/v1/clients/kyc-level-info/', { headers: { cookie: who.cookie } }),
    );
    expect(response.status).toBe(404);
    expect(harness.upstream).toEqual([]);
  });
});
