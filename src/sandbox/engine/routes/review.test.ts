import type { Application, Attribute, KycDocument, LevelInfo, UploadedFile } from '../../../core/schemas';
import type { SandboxOptions } from '../types';
import { createSandbox } from '../createSandbox';
import { DEFAULT_CLIENT_NOTE } from '../decisions';
import { samplePng } from '../fixtures/samplePng';
import { PRIVACY_DOCUMENT_UUID, TERMS_DOCUMENT_UUID } from '../fixtures/legalDocuments';
import { BASIC_LEVEL_UUID, FULL_LEVEL_UUID } from '../questionnaire';

const BASE = 'https://partner.example';

function setup(options: SandboxOptions = {}) {
  const sandbox = createSandbox({ seed: 21, ...options });
  const call = async (method: string, path: string, body?: unknown) => {
    const init: RequestInit = { method };
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) init.body = JSON.stringify(body);
    const response = await sandbox.handle(new Request(`${BASE}${path}`, init));
    return { status: response.status, body: (await response.json()) as unknown };
  };
  return { sandbox, call };
}

const attributeOf = (app: Application, key: string): Attribute | undefined =>
  app.kyc_steps.flatMap((step) => step.questions).find((question) => question.attribute.key === key)?.attribute;

describe('send to review', () => {
  it('lists every unanswered required question, and only those', async () => {
    const { sandbox, call } = setup();
    const seeded = sandbox.seed('draft');
    const query = `legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=${seeded.clientUuid}`;
    const result = await call('POST', `/v1/kyc/${seeded.applicationUuid ?? ''}/send-to-review/?${query}`);
    expect(result.status).toBe(400);
    const required = 'This question is required.';
    expect(result.body).toEqual({
      attribute_changes: [
        'email',
        'phone',
        'country_of_residence',
        'residence_address',
        'occupation',
        'is_pep',
        'passport',
        'proof_of_address',
        'sumsub_liveness_check_token',
        'terms_and_conditions',
        'privacy_policy',
      ].map((key) => ({ key, errors: [required] })),
    });
  });

  it('given a Full application filled through the API / needs the sms code, then goes in_review', async () => {
    const { sandbox, call } = setup();
    const le = '11111111-1111-4111-8111-111111111111';
    const query = `legal_entity_uuid=${le}&client_uuid=22222222-2222-4222-8222-222222222222`;
    const app = (await call('POST', `/v1/clients/kyc-level-info/?${query}`, { kyc_level_uuid: FULL_LEVEL_UUID }))
      .body as Application;
    const form = new FormData();
    form.append('files', new File([samplePng()], 'page.png'));
    const [file] = (await call('POST', `/v1/documents/files/?${query}`, form)).body as UploadedFile[];
    const passport = (await call('POST', `/v1/documents/?${query}`, { attribute_key: 'passport', files: [file?.uuid] }))
      .body as KycDocument;
    const proof = (
      await call('POST', `/v1/documents/?${query}`, { attribute_key: 'proof_of_address', files: [file?.uuid] })
    ).body as KycDocument;
    await call('POST', `/v1/verification-codes/?${query}`, {
      legal_entity_uuid: le,
      object_uuid: app.uuid,
      provider_type: 'sms',
      destination: '+33612345678',
    });
    await call('POST', `/v1/verification-codes/?${query}`, {
      legal_entity_uuid: le,
      object_uuid: app.uuid,
      provider_type: 'email',
      destination: 'jo@example.org',
    });
    const patched = await call('PATCH', `/v1/kyc/${app.uuid}/?${query}&sms_sign_code=111111&email_sign_code=111111`, {
      attribute_changes: [
        { key: 'first_name', value: 'Jo' },
        { key: 'last_name', value: 'Martin' },
        { key: 'birth_date', value: '1985-12-31' },
        { key: 'citizenship', value: 'FR' },
        { key: 'email', value: 'jo@example.org' },
        { key: 'phone', value: '+33612345678' },
        { key: 'country_of_residence', value: 'FR' },
        { key: 'residence_address', value: '1 rue de Rivoli, 75001 Paris' },
        { key: 'occupation', value: 'teacher' },
        { key: 'is_pep', value: true },
        { key: 'passport', value: passport },
        { key: 'proof_of_address', value: proof },
        { key: 'terms_and_conditions', value: TERMS_DOCUMENT_UUID },
        { key: 'privacy_policy', value: PRIVACY_DOCUMENT_UUID },
      ],
    });
    expect(patched.status).toBe(200);
    const token = attributeOf(patched.body as Application, 'sumsub_liveness_check_token')?.value as string;
    expect(sandbox.completeLiveness(token)).toBe(true);

    const review = `/v1/kyc/${app.uuid}/send-to-review/?${query}`;
    expect(await call('POST', review)).toEqual({
      status: 400,
      body: { sms_sign_code: ['A signature code is required.'] },
    });
    await call('POST', `/v1/verification-codes/?${query}`, {
      legal_entity_uuid: le,
      object_uuid: app.uuid,
      provider_type: 'sms',
    });
    const sent = await call('POST', `${review}&sms_sign_code=111111`);
    expect(sent.status).toBe(200);
    expect((sent.body as Application).status).toBe('in_review');
    expect(sandbox.inspect(app.uuid)).toMatchObject({ status: 'in_review', sendToReviewCount: 1, patchCount: 1 });
    expect(await call('POST', `${review}&sms_sign_code=111111`)).toEqual({
      status: 409,
      body: { detail: expect.any(String) },
    });
  });

  it('given a complete Basic application / needs no signature to send it', async () => {
    const { sandbox, call } = setup();
    const seeded = sandbox.seed('new');
    const query = `legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=${seeded.clientUuid}`;
    const app = (await call('POST', `/v1/clients/kyc-level-info/?${query}`, { kyc_level_uuid: BASIC_LEVEL_UUID }))
      .body as Application;
    await call('POST', `/v1/verification-codes/?${query}`, {
      legal_entity_uuid: seeded.legalEntityUuid,
      object_uuid: app.uuid,
      provider_type: 'sms',
      destination: '+4915112345678',
    });
    const changes = [
      { key: 'first_name', value: 'Jane' },
      { key: 'last_name', value: 'Doe' },
      { key: 'birth_date', value: '1990-01-01' },
      { key: 'citizenship', value: 'DE' },
      { key: 'phone', value: '+4915112345678' },
      { key: 'terms_and_conditions', value: TERMS_DOCUMENT_UUID },
    ];
    expect(
      (await call('PATCH', `/v1/kyc/${app.uuid}/?${query}&sms_sign_code=111111`, { attribute_changes: changes }))
        .status,
    ).toBe(200);
    expect((await call('POST', `/v1/kyc/${app.uuid}/send-to-review/?${query}`)).status).toBe(200);
  });

  it('given a pending application / a new passport clears the note, and sending again clears the comment', async () => {
    const { sandbox, call } = setup();
    const seeded = sandbox.seed('pending');
    const uuid = seeded.applicationUuid ?? '';
    const query = `legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=${seeded.clientUuid}`;
    const form = new FormData();
    form.append('files', new File([samplePng()], 'better.png'));
    const [file] = (await call('POST', `/v1/documents/files/?${query}`, form)).body as UploadedFile[];
    const passport = (await call('POST', `/v1/documents/?${query}`, { attribute_key: 'passport', files: [file?.uuid] }))
      .body;
    const patched = (
      await call('PATCH', `/v1/kyc/${uuid}/?${query}`, { attribute_changes: [{ key: 'passport', value: passport }] })
    ).body as Application;
    expect(attributeOf(patched, 'passport')?.verification).toBeUndefined();
    await call('POST', `/v1/verification-codes/?${query}`, {
      legal_entity_uuid: seeded.legalEntityUuid,
      object_uuid: uuid,
      provider_type: 'sms',
    });
    const sent = (await call('POST', `/v1/kyc/${uuid}/send-to-review/?${query}&sms_sign_code=111111`))
      .body as Application;
    expect(sent.status).toBe('in_review');
    expect(sent.review_comment).toBeNull();
    expect(sandbox.inspect(uuid)?.sendToReviewCount).toBe(2);
  });
});

describe('sandbox actions', () => {
  function inReview() {
    const { sandbox, call } = setup();
    const seeded = sandbox.seed('in_review');
    const uuid = seeded.applicationUuid ?? '';
    const query = `legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=${seeded.clientUuid}`;
    const info = async () => (await call('GET', `/v1/clients/kyc-level-info/?${query}`)).body as LevelInfo;
    return { sandbox, call, uuid, info };
  }

  it('approve: the level becomes current and nothing higher is left to create', async () => {
    const { call, uuid, info } = inReview();
    const result = await call('POST', `/v1/kyc/${uuid}/approve/`);
    expect((result.body as Application).status).toBe('approved');
    expect(await info()).toMatchObject({
      current_level: { uuid: FULL_LEVEL_UUID },
      available_levels_for_upgrade: [],
      allowed_to_create_kyc_application: false,
    });
  });

  it('reject: a new application is allowed by default', async () => {
    const { call, uuid, info } = inReview();
    expect(((await call('POST', `/v1/kyc/${uuid}/reject/`)).body as Application).status).toBe('rejected');
    expect((await info()).allowed_to_create_kyc_application).toBe(true);
  });

  it('reject with allow_new_application=false: no new application', async () => {
    const { call, uuid, info } = inReview();
    await call('POST', `/v1/kyc/${uuid}/reject/`, { allow_new_application: false });
    expect((await info()).allowed_to_create_kyc_application).toBe(false);
  });

  it('send-to-clarify by default: pending, a comment, and a client note on the passport value and attribute', async () => {
    const { call, uuid } = inReview();
    const app = (await call('POST', `/v1/kyc/${uuid}/send-to-clarify/`)).body as Application;
    expect(app.status).toBe('pending');
    expect(app.review_comment).toEqual(expect.any(String));
    const passport = attributeOf(app, 'passport');
    const note = { sumsub: { verificator: 'sumsub', status: 'ignored', client_note: DEFAULT_CLIENT_NOTE } };
    expect(passport?.verification).toEqual(note);
    expect((passport?.value as KycDocument).verification).toEqual(note);
  });

  it('send-to-clarify with a comment and notes on any attributes', async () => {
    const { call, uuid } = inReview();
    const app = (
      await call('POST', `/v1/kyc/${uuid}/send-to-clarify/`, {
        review_comment: 'Check your name.',
        client_notes: { last_name: 'Does not match the passport.' },
      })
    ).body as Application;
    expect(app.review_comment).toBe('Check your name.');
    expect(attributeOf(app, 'last_name')?.verification?.sumsub?.client_note).toBe('Does not match the passport.');
    expect(attributeOf(app, 'passport')?.verification).toBeUndefined();
  });

  it('refuses notes on unknown attributes and bad bodies', async () => {
    const { call, uuid } = inReview();
    expect((await call('POST', `/v1/kyc/${uuid}/send-to-clarify/`, { client_notes: { shoe: 'x' } })).status).toBe(400);
    expect((await call('POST', `/v1/kyc/${uuid}/reject/`, { allow_new_application: 'no' })).status).toBe(400);
  });

  it('acts only on applications in review (409) and known ones (404)', async () => {
    const { sandbox, call } = setup();
    const draft = sandbox.seed('draft').applicationUuid ?? '';
    for (const action of ['approve', 'reject', 'send-to-clarify']) {
      expect((await call('POST', `/v1/kyc/${draft}/${action}/`)).status).toBe(409);
    }
    expect((await call('POST', '/v1/kyc/88888888-8888-4888-8888-888888888888/approve/')).status).toBe(404);
  });
});

describe('automatic decisions', () => {
  it.each([
    ['approved', 'approved'],
    ['rejected', 'rejected'],
    ['pending', 'pending'],
  ] as const)('decides %s after afterMs on the sandbox clock', async (outcome, status) => {
    const clock = { now: Date.UTC(2030, 0, 1) };
    const { sandbox, call } = setup({ now: () => clock.now, autoDecision: { afterMs: 5000, outcome } });
    const seeded = sandbox.seed('pending');
    const uuid = seeded.applicationUuid ?? '';
    const query = `legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=${seeded.clientUuid}`;
    await call('POST', `/v1/verification-codes/?${query}`, {
      legal_entity_uuid: seeded.legalEntityUuid,
      object_uuid: uuid,
      provider_type: 'sms',
    });
    await call('POST', `/v1/kyc/${uuid}/send-to-review/?${query}&sms_sign_code=111111`);
    clock.now += 4999;
    expect(((await call('GET', `/v1/kyc/${uuid}/?${query}`)).body as Application).status).toBe('in_review');
    clock.now += 1;
    expect(((await call('GET', `/v1/kyc/${uuid}/?${query}`)).body as Application).status).toBe(status);
  });
});
