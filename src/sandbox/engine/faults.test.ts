import { createSandbox } from './createSandbox';

const BASE = 'https://partner.example';
const LE = '11111111-1111-4111-8111-111111111111';
const CLIENT = '22222222-2222-4222-8222-222222222222';
const INFO = `${BASE}/v1/clients/kyc-level-info/?legal_entity_uuid=${LE}&client_uuid=${CLIENT}`;

async function outcomes(seed: number, count: number): Promise<string[]> {
  const sandbox = createSandbox({ seed, faults: { failureRate: 0.3, dropRate: 0.2, malformedRate: 0.2 } });
  const seen: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const response = await sandbox.handle(new Request(INFO));
    if (response.type === 'error') seen.push('drop');
    else if (response.status >= 500) seen.push(String(response.status));
    else {
      const text = await response.text();
      seen.push(isJson(text) ? 'ok' : 'malformed');
    }
  }
  return seen;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

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
  return { sandbox, uuid, patch };
}

describe('fault injection', () => {
  it('draws the same faults for the same seed and request sequence, and mixes every kind', async () => {
    const first = await outcomes(42, 40);
    expect(await outcomes(42, 40)).toEqual(first);
    expect(await outcomes(43, 40)).not.toEqual(first);
    expect(first).toContain('ok');
    expect(first).toContain('drop');
    expect(first).toContain('malformed');
    expect(first.some((outcome) => ['500', '502', '503'].includes(outcome))).toBe(true);
  });

  it('a drop is a network error and the request is not handled', async () => {
    const { sandbox, uuid, patch } = pendingApp();
    sandbox.setFaults({ dropRate: 1 });
    const response = await patch();
    expect(response.type).toBe('error');
    expect(sandbox.inspect(uuid)?.patchCount).toBe(1);
  });

  it('a failure is a 5xx HTML page and the request is not handled', async () => {
    const { sandbox, uuid, patch } = pendingApp();
    sandbox.setFaults({ failureRate: 1 });
    const response = await patch();
    expect([500, 502, 503]).toContain(response.status);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toMatch(/^<!doctype html>/);
    expect(sandbox.inspect(uuid)?.patchCount).toBe(1);
  });

  it('a malformed answer is a 200 with unparseable JSON, after the request was handled', async () => {
    const { sandbox, uuid, patch } = pendingApp();
    sandbox.setFaults({ malformedRate: 1 });
    const response = await patch();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(isJson(await response.text())).toBe(false);
    expect(sandbox.inspect(uuid)?.patchCount).toBe(2);
  });

  it('a route rule overrides the top-level rule', async () => {
    const sandbox = createSandbox({ seed: 1, faults: { failureRate: 1, routes: { definitions: { failureRate: 0 } } } });
    expect((await sandbox.handle(new Request(`${BASE}/v1/attributes/citizenship/definitions/`))).status).toBe(200);
    expect((await sandbox.handle(new Request(INFO))).status).toBeGreaterThanOrEqual(500);
  });

  it('never touches control routes', async () => {
    const sandbox = createSandbox({ seed: 1, faults: { dropRate: 1 } });
    const response = await sandbox.handle(new Request(`${BASE}/__sandbox/scenarios/new`, { method: 'POST' }));
    expect(response.status).toBe(201);
  });

  it('setFaults(undefined) clears every rule', async () => {
    const sandbox = createSandbox({ seed: 1, faults: { dropRate: 1 } });
    sandbox.setFaults(undefined);
    expect((await sandbox.handle(new Request(INFO))).status).toBe(200);
  });

  it('forces a fault for one request with sandbox_fault', async () => {
    const { sandbox, uuid, patch } = pendingApp();
    expect((await patch('&sandbox_fault=503')).status).toBe(503);
    expect((await patch('&sandbox_fault=drop')).type).toBe('error');
    expect(sandbox.inspect(uuid)?.patchCount).toBe(1);
    expect(isJson(await (await patch('&sandbox_fault=malformed')).text())).toBe(false);
    expect((await patch()).status).toBe(200);
    const bad = await patch('&sandbox_fault=teapot');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ detail: expect.stringContaining('sandbox_fault') });
  });

  describe('latency', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('holds the answer back for sandbox_latency milliseconds', async () => {
      vi.useFakeTimers();
      const sandbox = createSandbox({ seed: 1 });
      let settled = false;
      const pending = sandbox.handle(new Request(`${INFO}&sandbox_latency=300`)).then((response) => {
        settled = true;
        return response;
      });
      await vi.advanceTimersByTimeAsync(299);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await pending).status).toBe(200);
    });

    it('answers a network error when the caller aborts while waiting', async () => {
      vi.useFakeTimers();
      const sandbox = createSandbox({ seed: 1, faults: { latencyMs: 1000 } });
      const controller = new AbortController();
      const pending = sandbox.handle(new Request(INFO, { signal: controller.signal }));
      controller.abort();
      expect((await pending).type).toBe('error');
    });
  });
});

describe('control routes', () => {
  it('seeds a scenario: 201 with snake_case ids', async () => {
    const sandbox = createSandbox({ seed: 1 });
    const response = await sandbox.handle(
      new Request(`${BASE}/__sandbox/scenarios/pending`, {
        method: 'POST',
        body: JSON.stringify({ client_uuid: CLIENT }),
      }),
    );
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      legal_entity_uuid: expect.any(String),
      client_uuid: CLIENT,
      application_uuid: expect.any(String),
    });
    expect(sandbox.inspect(String(body.application_uuid))?.status).toBe('pending');
  });

  it('refuses an unknown scenario (404) and bad ids (400)', async () => {
    const sandbox = createSandbox({ seed: 1 });
    expect((await sandbox.handle(new Request(`${BASE}/__sandbox/scenarios/limbo`, { method: 'POST' }))).status).toBe(
      404,
    );
    const bad = await sandbox.handle(
      new Request(`${BASE}/__sandbox/scenarios/new`, {
        method: 'POST',
        body: JSON.stringify({ legal_entity_uuid: 'acme' }),
      }),
    );
    expect(bad.status).toBe(400);
  });

  it('sets and clears faults with PUT /__sandbox/faults', async () => {
    const sandbox = createSandbox({ seed: 1 });
    const put = (body: unknown) =>
      sandbox.handle(new Request(`${BASE}/__sandbox/faults`, { method: 'PUT', body: JSON.stringify(body) }));
    expect((await put({ routes: { levelInfo: { failureRate: 1 } } })).status).toBe(204);
    expect((await sandbox.handle(new Request(INFO))).status).toBeGreaterThanOrEqual(500);
    expect((await put({})).status).toBe(204);
    expect((await sandbox.handle(new Request(INFO))).status).toBe(200);
    const invalid = await put({ dropRate: 2, routes: { nowhere: {} } });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual({ dropRate: [expect.any(String)], 'routes.nowhere': ['Unknown route.'] });
  });

  it('inspects an application and reads, completes and expires liveness tokens', async () => {
    const sandbox = createSandbox({ seed: 1 });
    const seeded = sandbox.seed('draft');
    const uuid = seeded.applicationUuid ?? '';
    const snapshot = await sandbox.handle(new Request(`${BASE}/__sandbox/applications/${uuid}`));
    expect(await snapshot.json()).toMatchObject({ uuid, status: 'draft', clientUuid: seeded.clientUuid });
    expect((await sandbox.handle(new Request(`${BASE}/__sandbox/applications/${CLIENT}`))).status).toBe(404);

    const query = `legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=${seeded.clientUuid}`;
    const attribute = await sandbox.handle(
      new Request(`${BASE}/v1/kyc/${uuid}/attributes/sumsub_liveness_check_token/?${query}`),
    );
    const token = ((await attribute.json()) as { value: string }).value;
    const check = await sandbox.handle(new Request(`${BASE}/__sandbox/liveness/tokens/${token}`));
    expect(await check.json()).toMatchObject({ valid: true, applicationUuid: uuid });
    expect(
      (await sandbox.handle(new Request(`${BASE}/__sandbox/liveness/tokens/${token}/complete`, { method: 'POST' })))
        .status,
    ).toBe(204);
    expect(
      (await sandbox.handle(new Request(`${BASE}/__sandbox/liveness/tokens/${token}/expire/`, { method: 'POST' })))
        .status,
    ).toBe(204);
    expect(
      await (await sandbox.handle(new Request(`${BASE}/__sandbox/liveness/tokens/${token}`))).json(),
    ).toMatchObject({
      valid: false,
      reason: 'expired',
    });
    expect(
      (await sandbox.handle(new Request(`${BASE}/__sandbox/liveness/tokens/nope/complete`, { method: 'POST' }))).status,
    ).toBe(404);
  });

  it('reset() forgets every application', async () => {
    const sandbox = createSandbox({ seed: 1 });
    const { applicationUuid } = sandbox.seed('in_review');
    sandbox.reset();
    expect(sandbox.inspect(applicationUuid ?? '')).toBeUndefined();
  });
});
