import type { Application, LevelInfo } from '../../core/schemas';
import { ApplicationSchema, LevelInfoSchema, parseWith } from '../../core/schemas';
import { createSandbox } from './createSandbox';
import { BASIC_LEVEL_UUID, FULL_LEVEL_UUID } from './questionnaire';

const BASE = 'https://partner.example/kyc';
const LE = '11111111-1111-4111-8111-111111111111';
const CLIENT = '22222222-2222-4222-8222-222222222222';
const OTHER_CLIENT = '33333333-3333-4333-8333-333333333333';
const common = (client = CLIENT) => `legal_entity_uuid=${LE}&client_uuid=${client}`;

async function call(sandbox: ReturnType<typeof createSandbox>, method: string, path: string, body?: unknown) {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'content-type': 'application/json' };
  }
  const response = await sandbox.handle(new Request(`${BASE}${path}`, init));
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: text ? (JSON.parse(text) as unknown) : null,
  };
}

describe('routing', () => {
  it('answers under any base path, and on a bare origin', async () => {
    const sandbox = createSandbox({ seed: 1 });
    for (const base of ['https://partner.example/kyc', 'http://127.0.0.1:4010', 'https://x.example/a/b/c']) {
      const response = await sandbox.handle(new Request(`${base}/v1/clients/kyc-level-info/?${common()}`));
      expect(response.status).toBe(200);
    }
  });

  it('answers 404 {"detail":"Not found."} for an unknown path and for a missing trailing slash', async () => {
    const sandbox = createSandbox({ seed: 1 });
    for (const path of ['/v1/nothing/', '/v1/clients/kyc-level-info', '/elsewhere/']) {
      const result = await call(sandbox, 'GET', `${path}?${common()}`);
      expect(result).toEqual({ status: 404, type: 'application/json', body: { detail: 'Not found.' } });
    }
  });

  it('answers 405 naming the method for a known path with a wrong method', async () => {
    const sandbox = createSandbox({ seed: 1 });
    const result = await call(sandbox, 'DELETE', `/v1/clients/kyc-level-info/?${common()}`);
    expect(result).toEqual({ status: 405, type: 'application/json', body: { detail: 'Method "DELETE" not allowed.' } });
  });

  it('answers 404 for an application path that is not a UUID', async () => {
    const sandbox = createSandbox({ seed: 1 });
    expect((await call(sandbox, 'GET', `/v1/kyc/not-a-uuid/?${common()}`)).status).toBe(404);
  });
});

describe('common query', () => {
  it('requires legal_entity_uuid and client_uuid, naming each missing field', async () => {
    const sandbox = createSandbox({ seed: 1 });
    const result = await call(sandbox, 'GET', '/v1/clients/kyc-level-info/');
    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      legal_entity_uuid: ['This field is required.'],
      client_uuid: ['This field is required.'],
    });
  });

  it('refuses ids that are not UUIDs', async () => {
    const sandbox = createSandbox({ seed: 1 });
    const result = await call(sandbox, 'GET', `/v1/clients/kyc-level-info/?legal_entity_uuid=${LE}&client_uuid=42`);
    expect(result).toMatchObject({ status: 400, body: { client_uuid: ['Must be a valid UUID.'] } });
  });
});

describe('level info and application creation', () => {
  it('given a client never seen / offers both levels and no application', async () => {
    const sandbox = createSandbox({ seed: 1 });
    const result = await call(sandbox, 'GET', `/v1/clients/kyc-level-info/?${common()}`);
    expect(result.status).toBe(200);
    const info = result.body as LevelInfo;
    expect(parseWith(LevelInfoSchema, info).ok).toBe(true);
    expect(info.current_level).toBeNull();
    expect(info.allowed_to_create_kyc_application).toBe(true);
    expect(info.last_kyc_application_uuid).toBeNull();
    expect(info.available_levels_for_upgrade.map((level) => [level.uuid, level.name])).toEqual([
      [BASIC_LEVEL_UUID, 'Basic'],
      [FULL_LEVEL_UUID, 'Full'],
    ]);
  });

  it('creates a draft application (201) that level info then points to, and forbids a second one', async () => {
    const sandbox = createSandbox({ seed: 1 });
    const created = await call(sandbox, 'POST', `/v1/clients/kyc-level-info/?${common()}`, {
      kyc_level_uuid: FULL_LEVEL_UUID,
    });
    expect(created.status).toBe(201);
    const app = created.body as Application;
    expect(parseWith(ApplicationSchema, app).ok).toBe(true);
    expect(app.status).toBe('draft');
    expect(app.kyc_level.uuid).toBe(FULL_LEVEL_UUID);

    const info = (await call(sandbox, 'GET', `/v1/clients/kyc-level-info/?${common()}`)).body as LevelInfo;
    expect(info.last_kyc_application_uuid).toBe(app.uuid);
    expect(info.allowed_to_create_kyc_application).toBe(false);

    const again = await call(sandbox, 'POST', `/v1/clients/kyc-level-info/?${common()}`, {
      kyc_level_uuid: BASIC_LEVEL_UUID,
    });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ detail: expect.stringContaining('draft') });
  });

  it('refuses an unknown level, a missing one and a non-UUID with 400 keyed kyc_level_uuid', async () => {
    const sandbox = createSandbox({ seed: 1 });
    const path = `/v1/clients/kyc-level-info/?${common()}`;
    const unknown = await call(sandbox, 'POST', path, { kyc_level_uuid: '44444444-4444-4444-8444-444444444444' });
    expect(unknown).toMatchObject({
      status: 400,
      body: { kyc_level_uuid: [expect.stringContaining('does not exist')] },
    });
    expect(await call(sandbox, 'POST', path, {})).toMatchObject({
      status: 400,
      body: { kyc_level_uuid: ['This field is required.'] },
    });
    expect(await call(sandbox, 'POST', path, { kyc_level_uuid: 'basic' })).toMatchObject({
      status: 400,
      body: { kyc_level_uuid: ['Must be a valid UUID.'] },
    });
  });

  it('answers DRF 400s for a body that is not JSON or not an object', async () => {
    const sandbox = createSandbox({ seed: 1 });
    const response = await sandbox.handle(
      new Request(`${BASE}/v1/clients/kyc-level-info/?${common()}`, { method: 'POST', body: '{"kyc_level_uuid":' }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ detail: expect.stringMatching(/^JSON parse error/) });
    const list = await call(sandbox, 'POST', `/v1/clients/kyc-level-info/?${common()}`, [FULL_LEVEL_UUID]);
    expect(list).toMatchObject({
      status: 400,
      body: { non_field_errors: [expect.stringContaining('Expected a dictionary')] },
    });
  });

  it('hides an application from another client (404)', async () => {
    const sandbox = createSandbox({ seed: 1 });
    const created = await call(sandbox, 'POST', `/v1/clients/kyc-level-info/?${common()}`, {
      kyc_level_uuid: BASIC_LEVEL_UUID,
    });
    const uuid = (created.body as Application).uuid;
    expect((await call(sandbox, 'GET', `/v1/kyc/${uuid}/?${common()}`)).status).toBe(200);
    expect(await call(sandbox, 'GET', `/v1/kyc/${uuid}/?${common(OTHER_CLIENT)}`)).toEqual({
      status: 404,
      type: 'application/json',
      body: { detail: 'Not found.' },
    });
  });

  it('after approval of Basic / shows it as the current level and offers only Full', async () => {
    const sandbox = createSandbox({ seed: 1 });
    const seeded = sandbox.seed('approved', { legalEntityUuid: LE, clientUuid: OTHER_CLIENT });
    const info = (await call(sandbox, 'GET', `/v1/clients/kyc-level-info/?${common(OTHER_CLIENT)}`)).body as LevelInfo;
    expect(info.current_level?.uuid).toBe(BASIC_LEVEL_UUID);
    expect(info.available_levels_for_upgrade.map((level) => level.uuid)).toEqual([FULL_LEVEL_UUID]);
    expect(info.allowed_to_create_kyc_application).toBe(true);
    expect(info.last_kyc_application_uuid).toBe(seeded.applicationUuid);
    const refused = await call(sandbox, 'POST', `/v1/clients/kyc-level-info/?${common(OTHER_CLIENT)}`, {
      kyc_level_uuid: BASIC_LEVEL_UUID,
    });
    expect(refused).toMatchObject({
      status: 400,
      body: { kyc_level_uuid: ['This KYC level is not available to this client.'] },
    });
  });

  it('carries the answers of the last application over to a new one', async () => {
    const sandbox = createSandbox({ seed: 1 });
    sandbox.seed('approved', { legalEntityUuid: LE, clientUuid: CLIENT });
    const created = await call(sandbox, 'POST', `/v1/clients/kyc-level-info/?${common()}`, {
      kyc_level_uuid: FULL_LEVEL_UUID,
    });
    expect(created.status).toBe(201);
    const snapshot = sandbox.inspect((created.body as Application).uuid);
    expect(snapshot?.answers).toMatchObject({ first_name: 'Jane', phone: '+4915112345678' });
    expect(snapshot?.answers).not.toHaveProperty('email');
  });
});
