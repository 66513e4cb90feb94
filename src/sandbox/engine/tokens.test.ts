import type { Application, Attribute } from '../../core/schemas';
import { createSandbox } from './createSandbox';

const BASE = 'http://127.0.0.1:4010/kyc';
const START = Date.UTC(2030, 0, 1, 12);

async function get(sandbox: ReturnType<typeof createSandbox>, path: string) {
  const response = await sandbox.handle(new Request(`${BASE}${path}`));
  return { status: response.status, body: (await response.json()) as unknown };
}

function setup() {
  const clock = { now: START };
  const sandbox = createSandbox({ seed: 5, now: () => clock.now });
  const seeded = sandbox.seed('draft');
  const uuid = seeded.applicationUuid ?? '';
  const query = `legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=${seeded.clientUuid}`;
  const token = async (extra = '') => {
    const result = await get(sandbox, `/v1/kyc/${uuid}/attributes/sumsub_liveness_check_token/?${query}${extra}`);
    expect(result.status).toBe(200);
    return (result.body as Attribute).value as string;
  };
  return { sandbox, clock, seeded, uuid, query, token };
}

const attributeOf = (app: Application, key: string): Attribute | undefined =>
  app.kyc_steps.flatMap((step) => step.questions).find((question) => question.attribute.key === key)?.attribute;

describe('liveness tokens', () => {
  it('returns the attribute with a token, additional_info and a not_started verification', async () => {
    const { sandbox, uuid, query } = setup();
    const result = await get(sandbox, `/v1/kyc/${uuid}/attributes/sumsub_liveness_check_token/?${query}`);
    expect(result.body).toMatchObject({
      key: 'sumsub_liveness_check_token',
      type: 'sumsub_liveness',
      value: expect.stringMatching(/^sbx_[0-9a-f]{40}$/),
      additional_info: { email: null, phone: null },
      verification: { sumsub: { verificator: 'sumsub', status: 'not_started' } },
    });
  });

  it('hands out the same token while it has at least ttl_min seconds left, then a new one', async () => {
    const { token, clock } = setup();
    const first = await token('&ttl_min=600&ttl_max=3600');
    clock.now += (3600 - 600) * 1000;
    expect(await token('&ttl_min=600&ttl_max=3600')).toBe(first);
    clock.now += 1000;
    const second = await token('&ttl_min=600&ttl_max=3600');
    expect(second).not.toBe(first);
  });

  it('issues a new token with ttl_renew=true and keeps the old one valid until its expiry', async () => {
    const { token, sandbox, clock } = setup();
    const first = await token('&ttl_max=100');
    const renewed = await token('&ttl_renew=true&ttl_max=3600');
    expect(renewed).not.toBe(first);
    expect(sandbox.checkLivenessToken(first)).toMatchObject({ valid: true, expiresInSeconds: 100 });
    clock.now += 100_000;
    expect(sandbox.checkLivenessToken(first)).toEqual({ valid: false, reason: 'expired', issued: 2 });
    expect(sandbox.checkLivenessToken(renewed)).toMatchObject({ valid: true, expiresInSeconds: 3500 });
  });

  it('uses 600/3600 by default', async () => {
    const { token, sandbox, seeded, clock } = setup();
    const first = await token();
    expect(sandbox.checkLivenessToken(first)).toEqual({
      valid: true,
      clientUuid: seeded.clientUuid,
      applicationUuid: seeded.applicationUuid,
      expiresInSeconds: 3600,
      issued: 1,
    });
    clock.now += 3001_000;
    expect(await token()).not.toBe(first);
  });

  it('refuses invalid ttl parameters', async () => {
    const { sandbox, uuid, query } = setup();
    const path = `/v1/kyc/${uuid}/attributes/sumsub_liveness_check_token/?${query}`;
    expect(await get(sandbox, `${path}&ttl_min=ten`)).toEqual({
      status: 400,
      body: { ttl_min: ['A valid integer is required.'] },
    });
    expect(await get(sandbox, `${path}&ttl_renew=maybe`)).toEqual({
      status: 400,
      body: { ttl_renew: ['Must be a valid boolean.'] },
    });
    expect(await get(sandbox, `${path}&ttl_max=0`)).toEqual({
      status: 400,
      body: { ttl_max: ['Ensure this value is greater than or equal to 1.'] },
    });
  });

  it('binds tokens to the client: another client gets 404 for the attribute', async () => {
    const { sandbox, uuid, seeded } = setup();
    const other = `legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=44444444-4444-4444-8444-444444444444`;
    expect((await get(sandbox, `/v1/kyc/${uuid}/attributes/sumsub_liveness_check_token/?${other}`)).status).toBe(404);
  });

  it('answers 404 for an attribute the application does not have', async () => {
    const { sandbox, uuid, query } = setup();
    expect(await get(sandbox, `/v1/kyc/${uuid}/attributes/shoe_size/?${query}`)).toEqual({
      status: 404,
      body: { detail: 'Not found.' },
    });
  });

  it('returns other attributes with their stored value', async () => {
    const { sandbox, uuid, query } = setup();
    expect((await get(sandbox, `/v1/kyc/${uuid}/attributes/first_name/?${query}`)).body).toMatchObject({
      key: 'first_name',
      value: 'Jane',
    });
  });

  it('completing the check marks both liveness attributes completed; an expired token cannot complete', async () => {
    const { token, sandbox, uuid, query } = setup();
    const value = await token();
    expect(sandbox.expireLivenessToken(value)).toBe(true);
    expect(sandbox.completeLiveness(value)).toBe(false);
    const fresh = await token();
    expect(sandbox.completeLiveness(fresh)).toBe(true);
    const app = (await get(sandbox, `/v1/kyc/${uuid}/?${query}&empty_volatile_fields=true`)).body as Application;
    expect(attributeOf(app, 'sumsub_liveness_check_token')?.verification?.sumsub?.status).toBe('completed');
    expect(attributeOf(app, 'sumsub_liveness_check_url')?.verification?.sumsub?.status).toBe('completed');
  });

  it('never hands out an expired token, even with ttl_min=0', async () => {
    const { token, sandbox } = setup();
    const first = await token();
    sandbox.expireLivenessToken(first);
    const next = await token('&ttl_min=0');
    expect(next).not.toBe(first);
    expect(sandbox.checkLivenessToken(next).valid).toBe(true);
  });

  it('tells over the control API how many tokens the attribute has been issued, counting only minted ones', async () => {
    const { token, sandbox } = setup();
    const first = await token();
    expect(await token()).toBe(first); // handed out again, not minted
    await token('&ttl_renew=true');
    const last = await token('&ttl_renew=true');
    const url = await get(sandbox, `/__sandbox/liveness/tokens/${last}`);
    expect(url.body).toMatchObject({ valid: true, issued: 3 });
    sandbox.expireLivenessToken(first);
    expect((await get(sandbox, `/__sandbox/liveness/tokens/${first}`)).body).toEqual({
      valid: false,
      reason: 'expired',
      issued: 3,
    });
  });

  it('knows nothing of made-up tokens', () => {
    const { sandbox } = setup();
    expect(sandbox.checkLivenessToken('sbx_nope')).toEqual({ valid: false, reason: 'unknown' });
    expect(sandbox.completeLiveness('sbx_nope')).toBe(false);
    expect(sandbox.expireLivenessToken('sbx_nope')).toBe(false);
  });
});

describe('volatile fields in GET /v1/kyc/{uuid}/', () => {
  it('empty_volatile_fields=true: liveness values are null and no token is minted', async () => {
    const { sandbox, uuid, query, token } = setup();
    const app = (await get(sandbox, `/v1/kyc/${uuid}/?${query}&empty_volatile_fields=true`)).body as Application;
    expect(attributeOf(app, 'sumsub_liveness_check_token')?.value).toBeNull();
    expect(attributeOf(app, 'sumsub_liveness_check_url')?.value).toBeNull();
    // The first token the attribute endpoint hands out still has its full lifetime: none existed before.
    expect(sandbox.checkLivenessToken(await token('&ttl_min=0'))).toMatchObject({ expiresInSeconds: 3600 });
  });

  it('otherwise: the token attribute holds a token and the url attribute a stand-in page URL on the request origin', async () => {
    const { sandbox, uuid, query } = setup();
    const app = (await get(sandbox, `/v1/kyc/${uuid}/?${query}`)).body as Application;
    const tokenValue = attributeOf(app, 'sumsub_liveness_check_token')?.value as string;
    expect(sandbox.checkLivenessToken(tokenValue).valid).toBe(true);
    const url = attributeOf(app, 'sumsub_liveness_check_url')?.value as string;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:4010\/websdk\/liveness\.html\?token=sbx_[0-9a-f]{40}$/);
    expect(sandbox.checkLivenessToken(new URL(url).searchParams.get('token') ?? '').valid).toBe(true);
  });

  it('honours sumsub_liveness_check_token.ttl_* on the application', async () => {
    const { sandbox, uuid, query } = setup();
    const app = (await get(sandbox, `/v1/kyc/${uuid}/?${query}&sumsub_liveness_check_token.ttl_max=120`))
      .body as Application;
    const tokenValue = attributeOf(app, 'sumsub_liveness_check_token')?.value as string;
    expect(sandbox.checkLivenessToken(tokenValue)).toMatchObject({ expiresInSeconds: 120 });
  });

  it('fills additional_info from the answers', async () => {
    const sandbox = createSandbox({ seed: 5 });
    const seeded = sandbox.seed('pending');
    const query = `legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=${seeded.clientUuid}`;
    const attribute = (
      await get(sandbox, `/v1/kyc/${seeded.applicationUuid ?? ''}/attributes/sumsub_liveness_check_token/?${query}`)
    ).body as Attribute;
    expect(attribute.additional_info).toEqual({ email: 'jane.doe@example.com', phone: '+4915112345678' });
  });
});
