/**
 * <KycFlow> with the partner's `handoff` option: the documents step of a desktop offers "Continue on
 * your phone", and opening it asks the partner for a link for this application and shows it.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { KycFlow } from '../../src';
import { draftAtIdentityDocuments } from '../support/draftAtIdentityDocuments';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

describe('<KycFlow> continue on a phone', () => {
  it('given the partner’s handoff option / should offer the phone on the documents step and show the partner’s link', async () => {
    const user = userEvent.setup();
    const ids = await draftAtIdentityDocuments(sandbox);
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
