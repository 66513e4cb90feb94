/**
 * Start, Try again, Confirm and Send for review are single-flight: a double click (or a click
 * plus Enter) sends one request, even when both presses arrive before the widget re-renders (a browser
 * may run both input events before the timers that update the screen). Counted on the wire, through the
 * partner's `fetch` and the MSW sandbox; the real double click in Chromium is in test/e2e/sessionAndFaults.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KycFlow, type KycFlowProps } from '../../src';
import type { ScenarioName } from '../../src/sandbox';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

/** Renders the flow for a scenario; `sent()` lists the requests made so far as `METHOD /path/?query`. */
function renderScenario(scenario: ScenarioName, props: Partial<KycFlowProps> = {}) {
  const ids = sandbox.seed(scenario);
  const requests: string[] = [];
  render(
    <KycFlow
      apiBaseUrl={API_BASE_URL}
      legalEntityUuid={ids.legalEntityUuid}
      clientUuid={ids.clientUuid}
      retry={false}
      autosave={{ debounceMs: 20 }}
      fetch={(input, init) => {
        const url = new URL(String(input));
        requests.push(`${init?.method ?? 'GET'} ${url.pathname.replace('/kyc', '')}${url.search}`);
        return fetch(input, init);
      }}
      {...props}
    />,
  );
  const sent = (pattern: RegExp) => requests.filter((request) => pattern.test(request));
  return { ids, sent, user: userEvent.setup() };
}

/** Two presses in one go, before React re-renders: the worst case of a double click or a click plus Enter. */
function pressTwice(button: HTMLElement) {
  act(() => {
    button.click();
    button.click();
  });
}

describe('<KycFlow> single-flight actions', () => {
  it('given two quick presses of Start / should create one application', async () => {
    const { sent, user } = renderScenario('new');
    await user.click(await screen.findByRole('radio', { name: /Basic/ }));
    pressTwice(screen.getByRole('button', { name: 'Start verification' }));
    await screen.findByRole('heading', { name: 'Your name' });
    expect(sent(/^POST \/v1\/clients\/kyc-level-info\//)).toHaveLength(1);
  });

  it('given a click plus Enter on Start / should create one application', async () => {
    const { sent, user } = renderScenario('new');
    await user.click(await screen.findByRole('radio', { name: /Basic/ }));
    await user.click(screen.getByRole('button', { name: 'Start verification' }));
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Your name' });
    expect(sent(/^POST \/v1\/clients\/kyc-level-info\//)).toHaveLength(1);
  });

  it('given two quick presses of Try again / should say it is trying and read once', async () => {
    sandbox.setFaults({ routes: { levelInfo: { failureRate: 1 } } });
    const { sent } = renderScenario('new');
    await screen.findByRole('heading', { name: 'Something went wrong' });
    sandbox.setFaults({ routes: { levelInfo: { latencyMs: 100 } } });
    const before = sent(/^GET \/v1\/clients\/kyc-level-info\//).length;
    pressTwice(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('button', { name: 'Trying again…' })).toHaveAttribute('aria-disabled', 'true');
    await screen.findByRole('radio', { name: /Basic/ });
    expect(sent(/^GET \/v1\/clients\/kyc-level-info\//).length - before).toBe(1);
  });

  it('given the code prompt opened, then two quick presses of Confirm / should send one code and confirm once', async () => {
    const { sent, user } = renderScenario('draft');
    await screen.findByRole('heading', { name: 'Contact details' });
    await user.type(screen.getByRole('textbox', { name: /Phone number/ }), '+4915112345678');
    await user.click(await screen.findByRole('button', { name: 'Confirm' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm with a code' });

    await within(dialog).findByText(/We sent a code by SMS/);
    await user.type(within(dialog).getByRole('textbox', { name: /code$/i }), '111111');
    pressTwice(within(dialog).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent(/^POST \/v1\/verification-codes\//)).toHaveLength(1);
    expect(sent(/^PATCH .*sms_sign_code=/)).toHaveLength(1);
  });

  it('given two quick presses of Send for review / should send once', async () => {
    const { ids, sent, user } = renderScenario('pending');
    const before = sandbox.inspect(ids.applicationUuid!)!.sendToReviewCount;
    await user.click(await screen.findByRole('button', { name: 'Correct answers' }));
    for (let step = 0; step < 10 && !screen.queryByRole('heading', { name: 'Check your answers' }); step++) {
      const heading = screen.getByRole('heading', { level: 2 }).textContent;
      await user.click(screen.getByRole('button', { name: /Continue|Review answers/ }));
      await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).not.toBe(heading));
    }

    pressTwice(screen.getByRole('button', { name: 'Send for review' }));
    // The Full level asks for an SMS signature on send-to-review (the code is sent as the prompt opens).
    await user.type(await screen.findByRole('textbox', { name: 'Code' }), '111111');
    pressTwice(screen.getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByRole('heading', { name: 'Your verification is being reviewed' })).toBeVisible();
    expect(sent(/^POST \/v1\/kyc\/[^/]+\/send-to-review\/\?(?!.*sign_code)/)).toHaveLength(1);
    expect(sent(/^POST \/v1\/kyc\/[^/]+\/send-to-review\/\?.*sms_sign_code=/)).toHaveLength(1);
    expect(sandbox.inspect(ids.applicationUuid!)!.sendToReviewCount).toBe(before + 1);
  });
});
