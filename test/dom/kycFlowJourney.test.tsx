/**
 * <KycFlow> end to end in jsdom against the in-browser sandbox: a new client goes from level choice
 * to an approved application, signing with a wrong code first.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { KycFlow } from '../../src';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

async function sandboxAction(applicationUuid: string, action: 'approve' | 'reject' | 'send-to-clarify') {
  const response = await fetch(`${API_BASE_URL}/v1/kyc/${applicationUuid}/${action}/`, { method: 'POST' });
  expect(response.ok).toBe(true);
}

describe('<KycFlow> journey', () => {
  it('given a new client / should choose a level, answer, sign, send to review and show the approval', async () => {
    const user = userEvent.setup();
    const ids = sandbox.seed('new');
    const onComplete = vi.fn();
    const onStatusChange = vi.fn();
    render(
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        legalEntityUuid={ids.legalEntityUuid}
        clientUuid={ids.clientUuid}
        onComplete={onComplete}
        onStatusChange={onStatusChange}
      />,
    );

    await user.click(await screen.findByRole('radio', { name: /Basic/ }));
    await user.click(screen.getByRole('button', { name: 'Start verification' }));

    const nameHeading = await screen.findByRole('heading', { name: 'Your name' });
    await waitFor(() => expect(nameHeading).toHaveFocus());
    await user.type(screen.getByRole('textbox', { name: /First name/ }), 'Ada');
    await user.type(screen.getByRole('textbox', { name: /Last name/ }), 'Lovelace');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await screen.findByRole('heading', { name: 'Birth and citizenship' });
    await user.type(screen.getByLabelText(/Date of birth/), '1990-05-17');
    await user.type(screen.getByRole('combobox', { name: /Citizenship/ }), 'Germ');
    await user.click(await screen.findByRole('option', { name: 'Germany' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await screen.findByRole('heading', { name: 'Phone and terms' });
    await user.type(screen.getByRole('textbox', { name: /Phone number/ }), '+4915112345678');
    await user.click(await screen.findByRole('checkbox', { name: /I have read and accept/ }));
    await user.click(screen.getByRole('button', { name: 'Review answers' }));

    // The phone's code is asked for by Send, in one prompt, with the code already sent.
    await screen.findByRole('heading', { name: 'Check your answers' });
    expect(screen.getByText('Lovelace')).toBeVisible();
    expect(screen.getByText('Germany')).toBeVisible();
    const send = screen.getByRole('button', { name: 'Send for review' });
    await user.dblClick(send);

    const dialog = await screen.findByRole('dialog', { name: 'Confirm with a code' });
    await within(dialog).findByText(/We sent a code by SMS/);
    const code = within(dialog).getByRole('textbox', { name: 'Code' });
    await user.type(code, '000000');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await within(dialog).findByText(/This code is not valid/)).toBeVisible();
    await user.clear(code);
    await user.type(code, '111111');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await screen.findByRole('heading', { name: 'Your verification is being reviewed' });
    const applicationUuid = onStatusChange.mock.calls.at(-1)?.[0].applicationUuid as string;
    const stored = sandbox.inspect(applicationUuid)!;
    expect(stored.sendToReviewCount).toBe(1);
    expect(stored.answers).toMatchObject({
      first_name: 'Ada',
      last_name: 'Lovelace',
      birth_date: '1990-05-17',
      citizenship: 'DE',
      phone: '+4915112345678',
    });

    await sandboxAction(applicationUuid, 'approve');
    await screen.findByRole('heading', { name: 'You are verified' }, { timeout: 8000 });
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ applicationUuid, status: 'approved' });
  }, 20_000);
});
