import type { Application } from '../../../core/schemas';
import { createSandbox } from '../createSandbox';
import { PRIVACY_DOCUMENT_UUID } from '../fixtures/legalDocuments';

const BASE = 'https://partner.example';

async function call(sandbox: ReturnType<typeof createSandbox>, method: string, path: string, body?: unknown) {
  const init: RequestInit = { method };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await sandbox.handle(new Request(`${BASE}${path}`, init));
  return { status: response.status, body: (await response.json()) as unknown };
}

function draft() {
  const sandbox = createSandbox({ seed: 7 });
  const seeded = sandbox.seed('draft');
  const query = `legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=${seeded.clientUuid}`;
  const uuid = seeded.applicationUuid ?? '';
  const patch = (changes: unknown, extra = '') =>
    call(sandbox, 'PATCH', `/v1/kyc/${uuid}/?${query}${extra}`, { attribute_changes: changes });
  return { sandbox, seeded, query, uuid, patch };
}

const valueOf = (app: Application, key: string): unknown =>
  app.kyc_steps.flatMap((step) => step.questions).find((question) => question.attribute.key === key)?.attribute.value;

describe('PATCH /v1/kyc/{uuid}/', () => {
  it('stores valid answers of every simple type and returns the updated application', async () => {
    const { sandbox, uuid, patch } = draft();
    const result = await patch([
      { key: 'middle_name', value: 'Ann' },
      { key: 'residence_address', value: 'Main St 1\n10115 Berlin' },
      { key: 'annual_income', value: 52000.5 },
      { key: 'is_pep', value: false },
      { key: 'country_of_residence', value: 'FR' },
      { key: 'occupation', value: 'nurse' },
      { key: 'privacy_policy', value: PRIVACY_DOCUMENT_UUID },
    ]);
    expect(result.status).toBe(200);
    const app = result.body as Application;
    expect(valueOf(app, 'annual_income')).toBe(52000.5);
    expect(valueOf(app, 'is_pep')).toBe(false);
    expect(valueOf(app, 'privacy_policy')).toBe(PRIVACY_DOCUMENT_UUID);
    expect(sandbox.inspect(uuid)?.patchCount).toBe(2);
  });

  it('clears an answer sent as null or empty string', async () => {
    const { patch } = draft();
    const result = await patch([{ key: 'first_name', value: '' }]);
    expect(valueOf(result.body as Application, 'first_name')).toBeNull();
  });

  it('refuses invalid answers with one error per attribute and applies nothing', async () => {
    const { sandbox, uuid, patch } = draft();
    const result = await patch([
      { key: 'middle_name', value: 'Ann' },
      { key: 'birth_date', value: '1990-02-30' },
      { key: 'citizenship', value: 'XX' },
      { key: 'annual_income', value: '1000' },
      { key: 'favourite_colour', value: 'blue' },
      { key: 'terms_and_conditions', value: '00000000-0000-4000-8000-000000000000' },
    ]);
    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      attribute_changes: [
        { key: 'birth_date', errors: ['Enter a valid date as YYYY-MM-DD.'] },
        { key: 'citizenship', errors: ['"XX" is not one of the options.'] },
        { key: 'annual_income', errors: ['Enter a number.'] },
        { key: 'favourite_colour', errors: ['This question is not part of this application.'] },
        { key: 'terms_and_conditions', errors: ['Accept the current version of this document.'] },
      ],
    });
    expect(sandbox.inspect(uuid)?.answers).not.toHaveProperty('middle_name');
    expect(sandbox.inspect(uuid)?.patchCount).toBe(1);
  });

  it('refuses changes to liveness attributes', async () => {
    const { patch } = draft();
    const result = await patch([{ key: 'sumsub_liveness_check_token', value: 'forged' }]);
    expect(result).toEqual({
      status: 400,
      body: { attribute_changes: [{ key: 'sumsub_liveness_check_token', errors: ['This answer cannot be changed.'] }] },
    });
  });

  it('refuses a body without a list of {key, value} changes', async () => {
    const { sandbox, uuid, query } = draft();
    expect(await call(sandbox, 'PATCH', `/v1/kyc/${uuid}/?${query}`, {})).toEqual({
      status: 400,
      body: { attribute_changes: ['This field is required.'] },
    });
    expect(
      (await call(sandbox, 'PATCH', `/v1/kyc/${uuid}/?${query}`, { attribute_changes: [{ key: 'x' }] })).status,
    ).toBe(400);
    expect(
      (await call(sandbox, 'PATCH', `/v1/kyc/${uuid}/?${query}`, { attribute_changes: 'first_name' })).status,
    ).toBe(400);
  });

  it.each(['in_review', 'approved', 'rejected'] as const)(
    'refuses edits with 409 while the application is %s',
    async (scenario) => {
      const sandbox = createSandbox({ seed: 7 });
      const seeded = sandbox.seed(scenario);
      const query = `legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=${seeded.clientUuid}`;
      const result = await call(sandbox, 'PATCH', `/v1/kyc/${seeded.applicationUuid ?? ''}/?${query}`, {
        attribute_changes: [{ key: 'first_name', value: 'Janet' }],
      });
      expect(result).toEqual({ status: 409, body: { detail: expect.stringContaining(scenario) } });
    },
  );

  it('given a pending application / accepts edits', async () => {
    const sandbox = createSandbox({ seed: 7 });
    const seeded = sandbox.seed('pending');
    const query = `legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=${seeded.clientUuid}`;
    const result = await call(sandbox, 'PATCH', `/v1/kyc/${seeded.applicationUuid ?? ''}/?${query}`, {
      attribute_changes: [{ key: 'middle_name', value: 'Ann' }],
    });
    expect(result.status).toBe(200);
    expect((result.body as Application).status).toBe('pending');
  });

  it('does not ask for a signature when a signed attribute is sent unchanged', async () => {
    const sandbox = createSandbox({ seed: 7 });
    const seeded = sandbox.seed('pending');
    const query = `legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=${seeded.clientUuid}`;
    const result = await call(sandbox, 'PATCH', `/v1/kyc/${seeded.applicationUuid ?? ''}/?${query}`, {
      attribute_changes: [{ key: 'phone', value: '+4915112345678' }],
    });
    expect(result.status).toBe(200);
  });
});
