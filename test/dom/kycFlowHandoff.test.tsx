/**
 * <KycFlow> with the partner's `handoff` option: the documents step of a desktop offers "Continue on
 * your phone", and opening it asks the partner for a link for this application and shows it.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { KycFlow } from '../../src';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

/** A Full draft answered up to its identity documents, none uploaded yet. */
async function atIdentityDocuments() {
  const ids = sandbox.seed('draft');
  const uuid = ids.applicationUuid ?? '';
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
    const sent = { legal_entity_uuid: ids.legalEntityUuid, object_uuid: uuid, provider_type: provider };
    expect((await call('/v1/verification-codes/', { ...sent, destination })).ok).toBe(true);
  }
  const changes = Object.entries(answers).map(([key, value]) => ({ key, value }));
  const saved = await call(`/v1/kyc/${uuid}/`, { attribute_changes: changes }, 'PATCH', {
    sms_sign_code: '111111',
    email_sign_code: '111111',
  });
  expect(saved.ok).toBe(true);
  return ids;
}

describe('<KycFlow> continue on a phone', () => {
  it('given the partner’s handoff option / should offer the phone on the documents step and show the partner’s link', async () => {
    const user = userEvent.setup();
    const ids = await atIdentityDocuments();
    const createLink = vi.fn(async () => 'https://partner.example/kyc-phone?handoff=token-1');
    render(
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        legalEntityUuid={ids.legalEntityUuid}
        clientUuid={ids.clientUuid}
        retry={false}
        handoff={{ createLink }}
      />,
    );
    await screen.findByRole('heading', { level: 2, name: 'Identity documents' });

    await user.click(screen.getByRole('button', { name: 'Continue on your phone' }));

    const link = await screen.findByRole('textbox', { name: 'Link for your phone' });
    expect(link).toHaveValue('https://partner.example/kyc-phone?handoff=token-1');
    expect(screen.getByText('Waiting for your phone…')).toBeVisible();
    expect(createLink).toHaveBeenCalledWith({ applicationUuid: ids.applicationUuid });
  });

  it('given no handoff option / should offer nothing', async () => {
    const user = userEvent.setup();
    const ids = sandbox.seed('pending');
    render(<KycFlow apiBaseUrl={API_BASE_URL} legalEntityUuid={ids.legalEntityUuid} clientUuid={ids.clientUuid} />);
    await user.click(await screen.findByRole('button', { name: 'Correct answers' }));
    await screen.findByRole('heading', { level: 2, name: 'Identity documents' });
    expect(screen.queryByRole('button', { name: 'Continue on your phone' })).not.toBeInTheDocument();
  });
});
