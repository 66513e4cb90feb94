/**
 * A Full application answered up to its liveness step through the sandbox's HTTP API, the way the widget
 * would save it (signature codes for the signed answers, uploaded files and documents), so a page opens
 * right on the liveness check in any language, without walking the steps by their English labels.
 */
import { samplePng } from '../../../src/sandbox/engine/fixtures/samplePng';
import type { E2eEnv, Seeded } from './e2eEnv';
import { seed } from './e2eEnv';

export async function seedAtLiveness(env: E2eEnv): Promise<Seeded & { application_uuid: string }> {
  const ids = await seed(env, 'draft');
  const application = ids.application_uuid ?? '';
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
  const document = async (key: string) => {
    const form = new FormData();
    form.append('files', new Blob([samplePng()], { type: 'image/png' }), `${key}.png`);
    const [file] = (await call('POST', '/v1/documents/files/', form)) as { uuid: string }[];
    return call('POST', '/v1/documents/', { attribute_key: key, files: [file?.uuid] });
  };

  for (const [provider, destination] of [
    ['sms', '+4915112345678'],
    ['email', 'jane.doe@example.com'],
  ] as const) {
    await call('POST', '/v1/verification-codes/', {
      legal_entity_uuid: ids.legal_entity_uuid,
      object_uuid: application,
      provider_type: provider,
      destination,
    });
  }
  const answers: Record<string, unknown> = {
    email: 'jane.doe@example.com',
    phone: '+4915112345678',
    country_of_residence: 'DE',
    residence_address: 'Invalidenstraße 117\n10115 Berlin',
    occupation: 'software_developer',
    is_pep: false,
    passport: await document('passport'),
    proof_of_address: await document('proof_of_address'),
  };
  const signed = new URLSearchParams(common);
  signed.set('sms_sign_code', '111111');
  signed.set('email_sign_code', '111111');
  const changes = Object.entries(answers).map(([key, value]) => ({ key, value }));
  await call('PATCH', `/v1/kyc/${application}/`, { attribute_changes: changes }, signed);
  return { ...ids, application_uuid: application };
}
