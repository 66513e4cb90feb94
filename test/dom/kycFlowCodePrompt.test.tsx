/**
 * The code prompt in <KycFlow> against the sandbox: one modal prompt per moment with each provider's code
 * sent when it opens (no "Send code" press), naming the answers it confirms; Escape closes it and focus
 * returns to the control that opened it; on the summary, Send asks once for the answers waiting and the
 * review, requesting the review's own code by itself. Counted on the wire through the partner's `fetch`.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KycFlow } from '../../src';
import type { ScenarioName } from '../../src/sandbox';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

function renderScenario(scenario: ScenarioName) {
  const ids = sandbox.seed(scenario);
  const requests: string[] = [];
  render(
    <KycFlow
      apiBaseUrl={API_BASE_URL}
      legalEntityUuid={ids.legalEntityUuid}
      clientUuid={ids.clientUuid}
      retry={false}
      autosave={{ debounceMs: 20 }}
      fetch={async (input, init) => {
        const url = new URL(String(input));
        const body = typeof init?.body === 'string' ? ` ${init.body}` : '';
        requests.push(`${init?.method ?? 'GET'} ${url.pathname.replace('/kyc', '')}${url.search}${body}`);
        return fetch(input, init);
      }}
    />,
  );
  /** The codes requested so far, as `provider` (and `destination` when one was sent). */
  const codes = () =>
    requests
      .filter((request) => request.startsWith('POST /v1/verification-codes/'))
      .map((request) => {
        const body = JSON.parse(request.slice(request.indexOf('{'))) as { provider_type: string; destination?: string };
        return body.destination ? `${body.provider_type} ${body.destination}` : body.provider_type;
      });
  return { ids, codes, user: userEvent.setup() };
}

async function fillContact(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('heading', { name: 'Contact details' });
  await user.type(screen.getByRole('textbox', { name: /E-mail address/ }), 'ada@example.com');
  await user.type(screen.getByRole('textbox', { name: /Phone number/ }), '+4915112345678');
  await user.type(screen.getByRole('combobox', { name: /Country of residence/ }), 'Austria');
  await user.click(await screen.findByRole('option', { name: 'Austria' }));
  await user.type(screen.getByRole('textbox', { name: /Residence address/ }), 'Ring 1, 1010 Wien');
}

describe('<KycFlow> code prompt', () => {
  it('given new contact details / should open one prompt with both codes already sent, naming what each confirms, SMS field first', async () => {
    const { ids, codes, user } = renderScenario('draft');
    await fillContact(user);
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const dialog = await screen.findByRole('dialog', { name: 'Confirm with a code' });
    expect(within(dialog).queryByRole('button', { name: 'Send code' })).not.toBeInTheDocument();
    expect(await within(dialog).findByText('We sent a code by SMS to \u2066+4915112345678\u2069.')).toBeVisible();
    expect(await within(dialog).findByText('We sent a code by e-mail to \u2066ada@example.com\u2069.')).toBeVisible();
    expect(within(dialog).getByText('It confirms: \u2068Phone number\u2069.')).toBeVisible();
    expect(within(dialog).getByText('It confirms: \u2068E-mail address\u2069.')).toBeVisible();
    expect(within(dialog).getByRole('textbox', { name: 'SMS code' })).toHaveFocus();
    expect(codes()).toEqual(['sms +4915112345678', 'email ada@example.com']);

    await user.keyboard('111111');
    await user.type(within(dialog).getByRole('textbox', { name: 'E-mail code' }), '111111{Enter}');

    expect(await screen.findByRole('heading', { name: 'Occupation and finances' })).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sandbox.inspect(ids.applicationUuid!)?.answers).toMatchObject({
      email: 'ada@example.com',
      phone: '+4915112345678',
    });
    expect(codes()).toHaveLength(2);
  });

  it('given the prompt is open / Escape should close it, keep the answers unsaved and return focus to Continue', async () => {
    const { ids, user } = renderScenario('draft');
    await fillContact(user);
    const proceed = screen.getByRole('button', { name: 'Continue' });
    await user.click(proceed);
    const dialog = await screen.findByRole('dialog', { name: 'Confirm with a code' });
    expect(within(dialog).getByRole('textbox', { name: 'SMS code' })).toHaveFocus();

    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(proceed).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'Contact details' })).toBeVisible();
    expect(sandbox.inspect(ids.applicationUuid!)?.answers.phone ?? null).toBeNull();
  });

  it('given a wrong code / should say so at the field and keep the prompt open', async () => {
    const { user } = renderScenario('draft');
    await fillContact(user);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm with a code' });
    await within(dialog).findByText(/We sent a code by e-mail/);

    await user.type(within(dialog).getByRole('textbox', { name: 'SMS code' }), '000000');
    await user.type(within(dialog).getByRole('textbox', { name: 'E-mail code' }), '000000');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect((await within(dialog).findAllByText(/This code is not valid/)).length).toBeGreaterThan(0);
    expect(within(dialog).getByRole('textbox', { name: 'SMS code' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { name: 'Contact details' })).toBeVisible();
  });

  it('given a signed answer changed from the summary of a Full application / should ask once on Send: its code, then the review code sent by itself', async () => {
    const { ids, codes, user } = renderScenario('pending');
    await user.click(await screen.findByRole('button', { name: 'Correct answers' }));
    for (let step = 0; step < 10 && !screen.queryByRole('heading', { name: 'Check your answers' }); step++) {
      const heading = screen.getByRole('heading', { level: 2 }).textContent;
      await user.click(screen.getByRole('button', { name: /Continue|Review answers/ }));
      await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).not.toBe(heading));
    }
    await user.click(screen.getByRole('button', { name: 'Change: Contact details' }));
    const phone = await screen.findByRole('textbox', { name: /Phone number/ });
    await user.clear(phone);
    await user.type(phone, '+4915199999999');
    await user.click(screen.getByRole('button', { name: /Continue|Review answers/ }));

    // Entering the summary asks nothing: Send will.
    await screen.findByRole('heading', { name: 'Check your answers' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(codes()).toEqual([]);
    // Nor does the save status set the customer a task of its own there.
    expect(screen.queryByText('Confirm with a code to save')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Send for review' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm with a code' });
    expect(await within(dialog).findByText('We sent a code by SMS to \u2066+4915199999999\u2069.')).toBeVisible();
    expect(within(dialog).getByText('It confirms: \u2068Phone number\u2069.')).toBeVisible();
    await user.type(within(dialog).getByRole('textbox', { name: 'Code' }), '111111');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    // The same dialog: the answer is saved, the review's own code is on its way without a press.
    expect(await within(dialog).findByText(/Your answers are saved/)).toBeVisible();
    expect(within(dialog).getByText('It confirms sending your application for review.')).toBeVisible();
    // To the phone now on file: the number the first code confirmed.
    await within(dialog).findByText('We sent a code by SMS to \u2066+4915199999999\u2069.');
    expect(codes()).toEqual(['sms +4915199999999', 'sms']);
    const code = within(dialog).getByRole('textbox', { name: 'Code' });
    expect(code).toHaveValue('');
    expect(code).toHaveFocus();
    await user.type(code, '111111');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByRole('heading', { name: 'Your verification is being reviewed' })).toBeVisible();
    expect(sandbox.inspect(ids.applicationUuid!)).toMatchObject({
      status: 'in_review',
      answers: { phone: '+4915199999999' },
    });
  });
});
