import type { VerificationCode } from '../../core/schemas';
import { createSandbox } from './createSandbox';
import { TERMS_DOCUMENT_UUID } from './fixtures/legalDocuments';

const BASE = 'https://partner.example';
const START = Date.UTC(2030, 0, 1, 12);

async function call(sandbox: ReturnType<typeof createSandbox>, method: string, path: string, body?: unknown) {
  const init: RequestInit = { method };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await sandbox.handle(new Request(`${BASE}${path}`, init));
  return { status: response.status, body: (await response.json()) as unknown };
}

/** A Full application with the personal details answered and no phone or e-mail on file, and a settable clock. */
function setup(scenario: 'draft' | 'pending' = 'draft') {
  const clock = { now: START };
  const sandbox = createSandbox({ seed: 3, now: () => clock.now });
  const seeded = sandbox.seed(scenario);
  const uuid = seeded.applicationUuid ?? '';
  const query = `legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=${seeded.clientUuid}`;
  const requestCode = (body: Record<string, unknown>) =>
    call(sandbox, 'POST', `/v1/verification-codes/?${query}`, {
      legal_entity_uuid: seeded.legalEntityUuid,
      object_uuid: uuid,
      ...body,
    });
  const patch = (changes: unknown, codes = '') =>
    call(sandbox, 'PATCH', `/v1/kyc/${uuid}/?${query}${codes}`, { attribute_changes: changes });
  return { sandbox, clock, seeded, uuid, query, requestCode, patch };
}

const PHONE = '+4915112345678';
const OTHER_PHONE = '+4915199999999';

describe('POST /v1/verification-codes/', () => {
  it('sends a code to a new phone number: 201 with uuid, provider_type and expires_at five minutes on', async () => {
    const { requestCode } = setup();
    const result = await requestCode({ provider_type: 'sms', destination: PHONE });
    expect(result.status).toBe(201);
    const code = result.body as VerificationCode;
    expect(code).toEqual({
      uuid: expect.any(String),
      provider_type: 'sms',
      expires_at: new Date(START + 5 * 60_000).toISOString(),
    });
  });

  it('requires a destination while no phone (sms) or e-mail (email) is on file', async () => {
    const { requestCode } = setup();
    const sms = await requestCode({ provider_type: 'sms' });
    expect(sms).toEqual({ status: 400, body: { destination: [expect.stringContaining('no phone number on file')] } });
    const email = await requestCode({ provider_type: 'email' });
    expect(email).toEqual({
      status: 400,
      body: { destination: [expect.stringContaining('no e-mail address on file')] },
    });
  });

  it('does not require a destination once the phone is on file', async () => {
    const { requestCode } = setup('pending');
    expect((await requestCode({ provider_type: 'sms' })).status).toBe(201);
  });

  it('checks the destination format by provider', async () => {
    const { requestCode } = setup();
    expect(await requestCode({ provider_type: 'sms', destination: '0151 123' })).toEqual({
      status: 400,
      body: { destination: [expect.stringContaining('international format')] },
    });
    expect(await requestCode({ provider_type: 'email', destination: 'jane@' })).toEqual({
      status: 400,
      body: { destination: ['Enter a valid e-mail address.'] },
    });
  });

  it('validates the body fields DRF-style', async () => {
    const { sandbox, query } = setup();
    const result = await call(sandbox, 'POST', `/v1/verification-codes/?${query}`, {
      legal_entity_uuid: '99999999-9999-4999-8999-999999999999',
      object_uuid: '99999999-9999-4999-8999-999999999999',
      provider_type: 'fax',
    });
    expect(result).toEqual({
      status: 400,
      body: {
        legal_entity_uuid: ['Does not match the legal entity of the query.'],
        object_uuid: ['No KYC application of this client has this UUID.'],
        provider_type: ['"fax" is not a valid choice.'],
      },
    });
    expect(await call(sandbox, 'POST', `/v1/verification-codes/?${query}`, {})).toEqual({
      status: 400,
      body: {
        legal_entity_uuid: ['This field is required.'],
        object_uuid: ['This field is required.'],
        provider_type: ['This field is required.'],
      },
    });
  });
});

describe('signed attributes in PATCH', () => {
  it('asks for a code when a signed attribute changes and none is given', async () => {
    const { patch, sandbox, uuid } = setup();
    expect(await patch([{ key: 'phone', value: PHONE }])).toEqual({
      status: 400,
      body: { sms_sign_code: ['A signature code is required.'] },
    });
    expect(sandbox.inspect(uuid)?.answers).not.toHaveProperty('phone');
  });

  it('refuses a wrong code, then accepts 111111 sent to the new number', async () => {
    const { requestCode, patch, sandbox, uuid } = setup();
    await requestCode({ provider_type: 'sms', destination: PHONE });
    expect(await patch([{ key: 'phone', value: PHONE }], '&sms_sign_code=123456')).toEqual({
      status: 400,
      body: { sms_sign_code: ['The signature code is invalid.'] },
    });
    expect((await patch([{ key: 'phone', value: PHONE }], '&sms_sign_code=111111')).status).toBe(200);
    expect(sandbox.inspect(uuid)?.answers.phone).toBe(PHONE);
  });

  it('refuses 111111 when no code was requested', async () => {
    const { patch } = setup();
    expect(await patch([{ key: 'phone', value: PHONE }], '&sms_sign_code=111111')).toEqual({
      status: 400,
      body: { sms_sign_code: [expect.stringContaining('Request a new code')] },
    });
  });

  it('consumes a code once used', async () => {
    const { requestCode, patch } = setup();
    await requestCode({ provider_type: 'sms', destination: PHONE });
    expect((await patch([{ key: 'phone', value: PHONE }], '&sms_sign_code=111111')).status).toBe(200);
    expect((await patch([{ key: 'phone', value: OTHER_PHONE }], '&sms_sign_code=111111')).status).toBe(400);
  });

  it('refuses a code older than five minutes', async () => {
    const { requestCode, patch, clock } = setup();
    await requestCode({ provider_type: 'sms', destination: PHONE });
    clock.now += 5 * 60_000 + 1;
    expect((await patch([{ key: 'phone', value: PHONE }], '&sms_sign_code=111111')).status).toBe(400);
  });

  it('refuses to set the phone to a number other than the one the code went to', async () => {
    const { requestCode, patch } = setup();
    await requestCode({ provider_type: 'sms', destination: PHONE });
    expect(await patch([{ key: 'phone', value: OTHER_PHONE }], '&sms_sign_code=111111')).toEqual({
      status: 400,
      body: { sms_sign_code: ['The signature code was not sent to the new phone number. Request a code for it.'] },
    });
  });

  it('refuses to change a phone on file with a code sent to the old number', async () => {
    const { requestCode, patch } = setup('pending');
    await requestCode({ provider_type: 'sms' });
    expect((await patch([{ key: 'phone', value: OTHER_PHONE }], '&sms_sign_code=111111')).status).toBe(400);
    await requestCode({ provider_type: 'sms', destination: OTHER_PHONE });
    expect((await patch([{ key: 'phone', value: OTHER_PHONE }], '&sms_sign_code=111111')).status).toBe(200);
  });

  it('accepts one code for every attribute of the same provider in one PATCH', async () => {
    const { requestCode, patch, sandbox, uuid } = setup();
    await requestCode({ provider_type: 'sms', destination: PHONE });
    const result = await patch(
      [
        { key: 'phone', value: PHONE },
        { key: 'terms_and_conditions', value: TERMS_DOCUMENT_UUID },
      ],
      '&sms_sign_code=111111',
    );
    expect(result.status).toBe(200);
    expect(sandbox.inspect(uuid)?.answers).toMatchObject({ phone: PHONE, terms_and_conditions: TERMS_DOCUMENT_UUID });
  });

  it('needs a code per provider: names only the missing one', async () => {
    const { requestCode, patch } = setup();
    await requestCode({ provider_type: 'sms', destination: PHONE });
    const changes = [
      { key: 'phone', value: PHONE },
      { key: 'email', value: 'jane@example.com' },
    ];
    expect(await patch(changes, '&sms_sign_code=111111')).toEqual({
      status: 400,
      body: { email_sign_code: ['A signature code is required.'] },
    });
    await requestCode({ provider_type: 'email', destination: 'jane@example.com' });
    expect((await patch(changes, '&sms_sign_code=111111&email_sign_code=111111')).status).toBe(200);
  });
});
