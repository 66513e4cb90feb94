/**
 * A Full application with every question answered through the sandbox's HTTP API (liveness completed,
 * both legal documents accepted, the optional questions too), so the widget opens right on its summary
 * in any language. The e-mail address is long, as real ones are, to show how the summary wraps it.
 */
import { samplePng } from '../../../src/sandbox/engine/fixtures/samplePng';
import { PRIVACY_DOCUMENT_UUID, TERMS_DOCUMENT_UUID } from '../../../src/sandbox/engine/fixtures/legalDocuments';
import type { E2eEnv, Seeded } from './e2eEnv';
import { seedAtLiveness } from './seedAtLiveness';

export const LONG_EMAIL = 'maximilian.mustermann@example.de';

export async function seedAtSummary(env: E2eEnv): Promise<Seeded & { application_uuid: string }> {
  const ids = await seedAtLiveness(env);
  const application = ids.application_uuid;
  const common = new URLSearchParams({ legal_entity_uuid: ids.legal_entity_uuid, client_uuid: ids.client_uuid });
  const call = async (method: string, path: string, body?: unknown, query = common): Promise<unknown> => {
    const init: RequestInit =
      body instanceof FormData
        ? { method, body }
        : { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    const response = await fetch(`${env.api.url}${path}?${query}`, body === undefined ? { method } : init);
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? null : response.json();
  };

  const tokenQuery = new URLSearchParams(common);
  tokenQuery.set('ttl_min', '60');
  tokenQuery.set('ttl_max', '600');
  const liveness = (await call(
    'GET',
    `/v1/kyc/${application}/attributes/sumsub_liveness_check_token/`,
    undefined,
    tokenQuery,
  )) as { value: string };
  await call('POST', `/__sandbox/liveness/tokens/${encodeURIComponent(liveness.value)}/complete`, {});

  const form = new FormData();
  form.append('files', new Blob([samplePng()], { type: 'image/png' }), 'payslip.png');
  const [file] = (await call('POST', '/v1/documents/files/', form)) as { uuid: string }[];
  const proofOfFunds = await call('POST', '/v1/documents/', { attribute_key: 'proof_of_funds', files: [file?.uuid] });

  for (const [provider, destination] of [
    ['sms', undefined],
    ['email', LONG_EMAIL],
  ] as const) {
    await call('POST', '/v1/verification-codes/', {
      legal_entity_uuid: ids.legal_entity_uuid,
      object_uuid: application,
      provider_type: provider,
      ...(destination ? { destination } : {}),
    });
  }
  const answers: Record<string, unknown> = {
    middle_name: 'Marie',
    email: LONG_EMAIL,
    annual_income: 65000,
    source_of_funds: 'Salary\nSavings',
    proof_of_funds: proofOfFunds,
    terms_and_conditions: TERMS_DOCUMENT_UUID,
    privacy_policy: PRIVACY_DOCUMENT_UUID,
  };
  const signed = new URLSearchParams(common);
  signed.set('sms_sign_code', '111111');
  signed.set('email_sign_code', '111111');
  const changes = Object.entries(answers).map(([key, value]) => ({ key, value }));
  await call('PATCH', `/v1/kyc/${application}/`, { attribute_changes: changes }, signed);
  return ids;
}
