/** A Full application with the steps before the identity documents answered over the API. */
import { seed, type E2eEnv, type Seeded } from './e2eEnv';

export async function seedAtDocuments(env: E2eEnv): Promise<Seeded> {
  const ids = await seed(env, 'draft');
  const applicationUuid = ids.application_uuid ?? '';
  const call = async (method: string, path: string, body: unknown, extra: Record<string, string> = {}) => {
    const query = new URLSearchParams({
      legal_entity_uuid: ids.legal_entity_uuid,
      client_uuid: ids.client_uuid,
      ...extra,
    });
    const response = await fetch(`${env.api.url}${path}?${query}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  };
  const answers = {
    email: 'jane@example.com',
    phone: '+4915112345678',
    country_of_residence: 'DE',
    residence_address: 'Hauptstraße 1\n10115 Berlin',
    occupation: 'software_developer',
    is_pep: false,
  };
  for (const [provider, destination] of [
    ['sms', answers.phone],
    ['email', answers.email],
  ]) {
    const code = { legal_entity_uuid: ids.legal_entity_uuid, object_uuid: applicationUuid, provider_type: provider };
    await call('POST', '/v1/verification-codes/', { ...code, destination });
  }
  const changes = Object.entries(answers).map(([key, value]) => ({ key, value }));
  const codes = { sms_sign_code: '111111', email_sign_code: '111111' };
  await call('PATCH', `/v1/kyc/${applicationUuid}/`, { attribute_changes: changes }, codes);
  return ids;
}
