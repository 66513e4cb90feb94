/**
 * Signatures in <KycFlow>: answers with `sign_providers` wait for codes; SMS and e-mail codes are
 * asked for together, sent to the new phone / address, and the answers are saved only once signed.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KycFlow } from '../../src';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

function storedAnswers(): Record<string, unknown> {
  const uuid = document.querySelector<HTMLElement>('[data-application-uuid]')?.dataset.applicationUuid ?? '';
  return sandbox.inspect(uuid)?.answers ?? {};
}

describe('<KycFlow> signatures', () => {
  it('given a new phone and e-mail / should ask for both codes, sent to the new destinations, then save both', async () => {
    const user = userEvent.setup();
    const ids = sandbox.seed('draft');
    render(
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        legalEntityUuid={ids.legalEntityUuid}
        clientUuid={ids.clientUuid}
        autosave={{ debounceMs: 20 }}
      />,
    );
    await screen.findByRole('heading', { name: 'Contact details' });

    await user.type(screen.getByRole('textbox', { name: /E-mail address/ }), 'ada@example.com');
    await user.type(screen.getByRole('textbox', { name: /Phone number/ }), '+4915112345678');
    await user.type(screen.getByRole('combobox', { name: /Country of residence/ }), 'Austria');
    await user.click(await screen.findByRole('option', { name: 'Austria' }));
    await user.type(screen.getByRole('textbox', { name: /Residence address/ }), 'Ring 1, 1010 Wien');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const dialog = await screen.findByRole('dialog', { name: 'Confirm with a code' });
    expect(storedAnswers().email ?? null).toBeNull();
    expect(storedAnswers().phone ?? null).toBeNull();
    // Both codes are sent as the prompt opens.
    expect(await within(dialog).findByText('We sent a code by SMS to \u2066+4915112345678\u2069.')).toBeVisible();
    expect(await within(dialog).findByText('We sent a code by e-mail to \u2066ada@example.com\u2069.')).toBeVisible();
    await user.type(within(dialog).getByRole('textbox', { name: 'SMS code' }), '111111');
    await user.type(within(dialog).getByRole('textbox', { name: 'E-mail code' }), '111111');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByRole('heading', { name: 'Occupation and finances' })).toBeVisible();
    await waitFor(() =>
      expect(storedAnswers()).toMatchObject({
        email: 'ada@example.com',
        phone: '+4915112345678',
        country_of_residence: 'AT',
      }),
    );
  });

  it('given the client cancels the code / should keep the typed phone on screen and unsaved', async () => {
    const user = userEvent.setup();
    const ids = sandbox.seed('draft');
    render(
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        legalEntityUuid={ids.legalEntityUuid}
        clientUuid={ids.clientUuid}
        autosave={{ debounceMs: 20 }}
      />,
    );
    await screen.findByRole('heading', { name: 'Contact details' });
    const phone = screen.getByRole('textbox', { name: /Phone number/ });
    await user.type(phone, '+4915112345678');
    expect(await screen.findByText('Confirm with a code to save')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(phone).toHaveValue('+4915112345678');
    expect(storedAnswers().phone ?? null).toBeNull();
  });
});
