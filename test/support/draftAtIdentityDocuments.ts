/**
 * A Full draft answered up to its identity documents over the in-browser sandbox's API (MSW), none
 * uploaded yet, so <KycFlow> opens on that step. Returns the seeded ids.
 */
import { expect } from 'vitest';
import type { Sandbox, SeededScenario } from '../../src/sandbox';
import { API_BASE_URL } from './sandboxServer';

export async function draftAtIdentityDocuments(sandbox: Sandbox): Promise<SeededScenario> {
  const ids = sandbox.seed('draft');
  const applicationUuid = ids.applicationUuid ?? '';
  const query = (extra: Record<string, string> = {}) =>
    new URLSearchParams({ legal_entity_uuid: ids.legalEntityUuid, client_uuid: ids.clientUuid, ...extra });
  const call = (path: string, body: unknown, method = 'POST', extra: Record<string, string> = {}) =>
    fetch(`${API_BASE_URL}${path}?${query(extra)}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  const answers = {
    email: 'jane@example.com',
    phone: '+4915112345678',
    country_of_residence: 'DE',
    residence_address: 'Hauptstraße 1',
    occupation: 'software_developer',
    is_pep: false,
  };
  for (const [provider, destination] of [
    ['sms', answers.phone],
    ['email', answers.email],
  ] as const) {
    const sent = { legal_entity_uuid: ids.legalEntityUuid, object_uuid: applicationUuid, provider_type: provider };
    expect((await call('/v1/verification-codes/', { ...sent, destination })).ok).toBe(true);
  }
  const changes = Object.entries(answers).map(([key, value]) => ({ key, value }));
  const saved = await call(`/v1/kyc/${applicationUuid}/`, { attribute_changes: changes }, 'PATCH', {
    sms_sign_code: '111111',
    email_sign_code: '111111',
  });
  expect(saved.ok).toBe(true);
  return ids;
}
