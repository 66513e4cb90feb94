/**
 * What the proxy does to bodies and answers: pagination links it hands back are on its own origin (so the
 * widget reads every page), bodies are capped (413) and typed (415), a slow or absent provider is a
 * 504 / 502, and otherwise the provider's status and body come through unchanged.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_UPLOAD_BYTES } from '../../../src/server';
import { json, PARTNER_ORIGIN, PNG, setupProxyHarness, uploadForm } from './proxyHarness';

const harness = setupProxyHarness();

interface Page {
  count: number;
  next: string | null;
  previous: string | null;
  results: unknown[];
}

describe('react-kyc-flow/server: pages, limits and answers', () => {
  it("given a list of several pages / should hand back next and previous links on the proxy's origin, without the customer's ids", async () => {
    const proxy = harness.proxy();
    const customer = harness.customer('draft');
    const first = await harness.send(proxy, customer, '/v1/attributes/citizenship/definitions/?page_size=100');
    const page1 = (await first.json()) as Page;
    expect(page1.next).toBe(`${PARTNER_ORIGIN}/kyc/v1/attributes/citizenship/definitions/?page_size=100&page=2`);
    const page2 = (await (
      await proxy(new Request(page1.next!, { headers: { cookie: customer.cookie } }))
    ).json()) as Page;
    expect(page2.previous).toBe(`${PARTNER_ORIGIN}/kyc/v1/attributes/citizenship/definitions/?page_size=100`);
    expect(page2.results).toHaveLength(100);

    const documents = await harness.send(proxy, customer, '/v1/legal_documents/?page_size=1');
    const link = ((await documents.json()) as Page).next;
    expect(link).toMatch(new RegExp(`^${PARTNER_ORIGIN}/kyc/v1/legal_documents/\\?`));
    expect(link).not.toContain('legal_entity_uuid');
  });

  it('given the widget reading a reference list of several pages through the proxy / should get every option', async () => {
    const proxy = harness.proxy();
    const customer = harness.customer('draft');
    const widget = harness.widgetClient(async (request) => {
      // Pages of 100 (the sandbox's default page holds the whole list).
      const url = new URL(request.url);
      if (!url.searchParams.has('page_size')) url.searchParams.set('page_size', '100');
      return proxy(new Request(url, request));
    }, customer);
    const options = await widget.getDefinitions('citizenship');
    expect(options.length).toBe(250);
  });

  it('given a JSON body over the limit, declared or streamed / should answer 413 and forward nothing', async () => {
    const proxy = harness.proxy();
    const customer = harness.customer('draft');
    const path = `/v1/kyc/${customer.applicationUuid}/`;
    const huge = JSON.stringify({ attribute_changes: [{ key: 'first_name', value: 'x'.repeat(70 * 1024) }] });
    const declared = await harness.send(proxy, customer, path, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: huge,
    });
    expect(declared.status).toBe(413);
    const streamed = await harness.send(proxy, customer, path, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: new Blob([huge]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(harness.upstream.filter((call) => call.method === 'PATCH')).toEqual([]);
  });

  it('given uploads over the configured and the default maximum / should answer 413 and forward nothing; one within passes', async () => {
    const customer = harness.customer('draft');
    const small = harness.proxy({ maxUploadBytes: 100_000 });
    const over = await harness.send(small, customer, '/v1/documents/files/', {
      method: 'POST',
      body: uploadForm(new Blob([new Uint8Array(120_000)], { type: 'image/png' })),
    });
    expect(over.status).toBe(413);
    const within = await harness.send(small, customer, '/v1/documents/files/', {
      method: 'POST',
      body: uploadForm(new Blob([PNG], { type: 'image/png' })),
    });
    expect(within.status).toBe(201);

    const byDefault = harness.proxy();
    const overDefault = await harness.send(byDefault, customer, '/v1/documents/files/', {
      method: 'POST',
      body: uploadForm(new Blob([new Uint8Array(DEFAULT_MAX_UPLOAD_BYTES)], { type: 'image/png' })),
    });
    expect(overDefault.status).toBe(413);
    expect(harness.upstream.map((call) => call.url.pathname)).toEqual(['/v1/documents/files/']);
  });

  it('given a JSON route sent a form or plain text (what a cross-site form can send) / should answer 415 and forward nothing', async () => {
    const proxy = harness.proxy();
    const customer = harness.customer('draft');
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const response = await harness.send(proxy, customer, `/v1/kyc/${customer.applicationUuid}/send-to-review/`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: '{"a":1}',
      });
      expect(response.status, type).toBe(415);
    }
    expect(harness.upstream.filter((call) => call.method === 'POST')).toEqual([]);
  });

  it('given a provider slower than the timeout / should answer 504 in time and log the timeout', async () => {
    const proxy = harness.proxy({ timeoutMs: 300 });
    const customer = harness.customer('draft');
    harness.sandbox.sandbox.setFaults({ routes: { levelInfo: { latencyMs: 5000 } } });
    const started = performance.now();
    const response = await harness.send(proxy, customer, '/v1/clients/kyc-level-info/');
    expect(response.status).toBe(504);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(harness.logs[0]).toMatchObject({ status: 504, failure: 'upstream_timeout' });
  });

  it('given a provider that cannot be reached / should answer 502', async () => {
    const proxy = harness.proxy({ apiBaseUrl: 'http://127.0.0.1:9', fetch: undefined });
    const customer = harness.customer('draft');
    const response = await harness.send(proxy, customer, '/v1/clients/kyc-level-info/');
    expect(response.status).toBe(502);
  });

  it("given the provider's refusals / should pass its status and body through unchanged", async () => {
    const proxy = harness.proxy();
    const customer = harness.customer('in_review');
    const ids = new URLSearchParams({ legal_entity_uuid: customer.legalEntityUuid, client_uuid: customer.clientUuid });
    const cases: Array<[string, RequestInit]> = [
      ['/v1/clients/kyc-level-info/', json({ kyc_level_uuid: 'not-a-uuid' })],
      [`/v1/kyc/${customer.applicationUuid}/send-to-review/`, { method: 'POST' }],
      ['/v1/attributes/no_such_key/definitions/', {}],
    ];
    for (const [path, init] of cases) {
      const direct = await fetch(`${harness.sandbox.url}${path}?${ids}`, init);
      const proxied = await harness.send(proxy, customer, path, init);
      expect(proxied.status, path).toBe(direct.status);
      expect(await proxied.json(), path).toEqual(await direct.json());
    }
  });
});
