/**
 * <KycFlow> for each application status the sandbox can seed: what the client sees and can do.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { KycFlow, type KycFlowProps } from '../../src';
import type { ScenarioName } from '../../src/sandbox';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

function renderScenario(scenario: ScenarioName, props: Partial<KycFlowProps> = {}) {
  const ids = sandbox.seed(scenario);
  render(
    <KycFlow
      apiBaseUrl={API_BASE_URL}
      legalEntityUuid={ids.legalEntityUuid}
      clientUuid={ids.clientUuid}
      retry={false}
      {...props}
    />,
  );
  return ids;
}

describe('<KycFlow> statuses', () => {
  it('given a client offered one level / should show no choice, only that level and a start button', async () => {
    renderScenario('single_level');
    expect(await screen.findByRole('heading', { name: 'Basic' })).toBeVisible();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start verification' })).toBeVisible();
  });

  it('given a draft with answers / should resume at the first incomplete step with the answers filled in', async () => {
    renderScenario('draft');
    const heading = await screen.findByRole('heading', { level: 2 });
    expect(heading).not.toHaveTextContent('Personal details');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { name: 'Personal details' })).toBeVisible();
    expect((screen.getByRole('textbox', { name: /First name/ }) as HTMLInputElement).value).not.toBe('');
  });

  it('given an application in review / should say so and offer no form', async () => {
    renderScenario('in_review');
    expect(await screen.findByRole('heading', { name: 'Your verification is being reviewed' })).toBeVisible();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('given an approved application / should show the level and report completion once', async () => {
    const onComplete = vi.fn();
    const ids = renderScenario('approved', { onComplete });
    expect(await screen.findByRole('heading', { name: 'You are verified' })).toBeVisible();
    expect(screen.getByText(/Your verification level: \u2068Basic\u2069/)).toBeVisible();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ applicationUuid: ids.applicationUuid, status: 'approved' });
  });

  it('given a rejected application that allows a new one / should offer it and open the level choice', async () => {
    renderScenario('rejected');
    expect(await screen.findByRole('heading', { name: 'We could not verify you' })).toBeVisible();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Start a new application' }));
    expect(await screen.findByRole('button', { name: 'Start verification' })).toBeVisible();
  });

  it('given a final rejection / should offer no new application', async () => {
    renderScenario('rejected_final');
    expect(await screen.findByRole('heading', { name: 'We could not verify you' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Start a new application' })).not.toBeInTheDocument();
  });

  it('given a pending application / should show the comment and note, take the client to the document and send again', async () => {
    const user = userEvent.setup();
    const ids = renderScenario('pending');
    expect(await screen.findByRole('heading', { name: 'Some answers need your attention' })).toBeVisible();
    const snapshot = sandbox.inspect(ids.applicationUuid!)!;
    expect(screen.getByText(/There is no available data to recognize from image/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Correct answers' }));
    expect(await screen.findByRole('heading', { name: 'Identity documents' })).toHaveFocus();
    expect(screen.getAllByText(/Note from the reviewer/).length).toBeGreaterThan(0);

    // Each new screen moves focus to its heading: the screen the client is on.
    const focusedHeading = () =>
      document.activeElement instanceof HTMLHeadingElement ? document.activeElement.textContent : null;
    for (let step = 0; step < 10 && !screen.queryByRole('heading', { name: 'Check your answers' }); step++) {
      const before = focusedHeading();
      await user.click(screen.getByRole('button', { name: /Continue|Review answers/ }));
      await waitFor(() => expect([null, before]).not.toContain(focusedHeading()));
    }
    await screen.findByRole('heading', { name: 'Check your answers' });
    await user.click(screen.getByRole('button', { name: 'Send for review' }));
    // The Full level asks for an SMS signature on send-to-review (the code is sent as the prompt opens).
    await user.type(await screen.findByRole('textbox', { name: 'Code' }), '111111');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('heading', { name: 'Your verification is being reviewed' })).toBeVisible();
    expect(sandbox.inspect(ids.applicationUuid!)!.sendToReviewCount).toBe(snapshot.sendToReviewCount + 1);
  });

  it('given the API down on first load / should show an error with a retry that recovers', async () => {
    sandbox.setFaults({ routes: { levelInfo: { failureRate: 1 } } });
    renderScenario('new');
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeVisible();
    sandbox.setFaults(undefined);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Choose a verification level' })).toBeVisible();
  });

  it('given a malformed response on first load / should say the answer could not be understood', async () => {
    sandbox.setFaults({ routes: { levelInfo: { malformedRate: 1 } } });
    renderScenario('new');
    expect(await screen.findByText(/an answer we could not understand/)).toBeVisible();
  });

  it('given an attribute type the widget does not know / should show the question and keep the flow going', async () => {
    const ids = sandbox.seed('draft');
    const withUnknown: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input).includes('/v1/kyc/') || !response.ok) return response;
      const body = (await response.json()) as { kyc_steps: { questions: unknown[] }[] };
      body.kyc_steps[0]?.questions.push({
        title: 'Favourite colour',
        is_required: false,
        attribute: { key: 'colour', type: 'colour_picker', value: null },
      });
      return Response.json(body);
    };
    render(
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        legalEntityUuid={ids.legalEntityUuid}
        clientUuid={ids.clientUuid}
        fetch={withUnknown}
      />,
    );
    await screen.findByRole('heading', { level: 2 });
    while (screen.queryByRole('button', { name: 'Back' })) {
      await userEvent.setup().click(screen.getByRole('button', { name: 'Back' }));
    }
    await waitFor(() => expect(screen.getByText('Favourite colour')).toBeVisible());
    expect(screen.getByText(/cannot be answered here yet/)).toBeVisible();
    expect(screen.getByRole('textbox', { name: /First name/ })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeEnabled();
  });
});
