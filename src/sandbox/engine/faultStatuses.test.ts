/**
 * The fault kinds a careful client must survive beyond 5xx and drops: a chosen status (an expired
 * session, not allowed, throttled with Retry-After …) and an answer lost after the request was handled.
 */
import { describe, expect, it } from 'vitest';
import { createSandbox } from './createSandbox';

const BASE = 'https://partner.example';

function pendingApp() {
  const sandbox = createSandbox({ seed: 4 });
  const seeded = sandbox.seed('pending');
  const uuid = seeded.applicationUuid ?? '';
  const url = `${BASE}/v1/kyc/${uuid}/?legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=${seeded.clientUuid}`;
  const patch = (extra = '') =>
    sandbox.handle(
      new Request(`${url}${extra}`, {
        method: 'PATCH',
        body: JSON.stringify({ attribute_changes: [{ key: 'middle_name', value: 'Ann' }] }),
      }),
    );
  const before = sandbox.inspect(uuid)?.patchCount ?? 0;
  return { sandbox, uuid, patch, handled: () => (sandbox.inspect(uuid)?.patchCount ?? 0) - before };
}

describe('status faults', () => {
  it('given status 401 / should answer a DRF detail without handling the request', async () => {
    const { sandbox, patch, handled } = pendingApp();
    sandbox.setFaults({ routes: { updateApplication: { status: 401 } } });
    const response = await patch();
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ detail: expect.any(String) });
    expect(handled()).toBe(0);
  });

  it('given 429 with a Retry-After / should send the header', async () => {
    const { sandbox, patch } = pendingApp();
    sandbox.setFaults({ status: 429, retryAfter: '2' });
    const response = await patch();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
  });

  it('given 503 with a Retry-After / should send the HTML page and the header', async () => {
    const { sandbox, patch } = pendingApp();
    sandbox.setFaults({ status: 503, retryAfter: 'Wed, 21 Oct 2065 07:28:00 GMT' });
    const response = await patch();
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('retry-after')).toBe('Wed, 21 Oct 2065 07:28:00 GMT');
  });

  it('given times / should hit that many requests, then answer normally, counting again after setFaults', async () => {
    const { sandbox, patch, handled } = pendingApp();
    sandbox.setFaults({ routes: { updateApplication: { status: 401, times: 2 } } });
    expect([(await patch()).status, (await patch()).status, (await patch()).status]).toEqual([401, 401, 200]);
    expect(handled()).toBe(1);
    sandbox.setFaults({ routes: { updateApplication: { status: 403, times: 1 } } });
    expect([(await patch()).status, (await patch()).status]).toEqual([403, 200]);
  });

  it('given a lost response / should handle the request, then drop the connection', async () => {
    const { sandbox, patch, handled } = pendingApp();
    sandbox.setFaults({ routes: { updateApplication: { lostResponseRate: 1, times: 1 } } });
    expect((await patch()).type).toBe('error');
    expect(handled()).toBe(1);
    expect((await patch()).status).toBe(200);
    expect(handled()).toBe(2);
  });

  it('forces a status or a lost answer for one request with sandbox_fault', async () => {
    const { patch, handled } = pendingApp();
    expect((await patch('&sandbox_fault=409')).status).toBe(409);
    expect(handled()).toBe(0);
    expect((await patch('&sandbox_fault=lost')).type).toBe('error');
    expect(handled()).toBe(1);
  });

  it('given the control API / should accept the new fields and refuse bad ones', async () => {
    const sandbox = createSandbox({ seed: 1 });
    const put = (body: unknown) =>
      sandbox.handle(new Request(`${BASE}/__sandbox/faults`, { method: 'PUT', body: JSON.stringify(body) }));
    const good = {
      routes: { sendToReview: { lostResponseRate: 1, times: 1 }, levelInfo: { status: 429, retryAfter: '1' } },
    };
    expect((await put(good)).status).toBe(204);
    const bad = await put({ status: 418, statusRate: 3, retryAfter: 5, times: -1 });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()) as object).sort()).toEqual(['retryAfter', 'status', 'statusRate', 'times']);
  });

  it('given times on a drop / should drop that many requests, then answer normally', async () => {
    const { sandbox, patch, handled } = pendingApp();
    sandbox.setFaults({ routes: { updateApplication: { dropRate: 1, times: 1 } } });
    expect((await patch()).type).toBe('error');
    expect((await patch()).status).toBe(200);
    expect(handled()).toBe(1);
  });
});
