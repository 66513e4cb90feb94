/**
 * The result screens and the way back in <KycFlow> against the sandbox: each says what it means and the
 * next step; after a rejection that allows it, a new application starts on the rejected level and says
 * which answers the server kept.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { KycFlow } from '../../src';
import type { ScenarioName } from '../../src/sandbox';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

function renderScenario(scenario: ScenarioName) {
  const ids = sandbox.seed(scenario);
  render(<KycFlow apiBaseUrl={API_BASE_URL} legalEntityUuid={ids.legalEntityUuid} clientUuid={ids.clientUuid} />);
  return { ids, user: userEvent.setup() };
}

describe('<KycFlow> results', () => {
  it('given a rejection that allows a new application / should start it on the rejected level and list the kept answers', async () => {
    const { user } = renderScenario('rejected'); // a Full application
    expect(await screen.findByRole('heading', { name: 'We could not verify you' })).toBeVisible();
    expect(screen.getByText('Your application was rejected.')).toBeVisible();
    expect(screen.getByText('You can start a new application and try again.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Start a new application' }));

    expect(await screen.findByRole('radio', { name: /Full/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Basic/ })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Start verification' }));

    const kept = await screen.findByRole('region', { name: /We kept these answers from your earlier application/ });
    await user.click(within(kept).getByText('Show the answers we kept'));
    const titles = within(kept)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(titles).toEqual(
      expect.arrayContaining(['First name', 'E-mail address', 'Passport', 'Terms and Conditions']),
    );
    expect(titles).not.toContain('Video selfie'); // the liveness check is done again
    await user.click(within(kept).getByRole('button', { name: 'Got it' }));
    expect(screen.queryByRole('region', { name: /We kept these answers/ })).not.toBeInTheDocument();
  });

  it('given a final rejection / should say so and what to do, with no new application', async () => {
    renderScenario('rejected_final');
    expect(await screen.findByRole('heading', { name: 'We could not verify you' })).toBeVisible();
    expect(await screen.findByText(/A new application is not possible for now/)).toBeVisible();
    expect(screen.queryByText('You can start a new application and try again.')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start a new application' })).not.toBeInTheDocument();
  });

  it('given an approval and no exit action / should say the level and that the page can be closed', async () => {
    renderScenario('approved');
    expect(await screen.findByRole('heading', { name: 'You are verified' })).toBeVisible();
    expect(screen.getByText('Your verification level: \u2068Basic\u2069.')).toBeVisible();
    expect(screen.getByText('You can close this page now.')).toBeVisible();
  });
});

describe('<KycFlow> results with the partner exit action', () => {
  it('given an exit action / should offer it as the next step on approved, in-review and both rejections', async () => {
    const onSelect = vi.fn();
    for (const [scenario, title] of [
      ['approved', 'You are verified'],
      ['in_review', 'Your verification is being reviewed'],
      ['rejected', 'We could not verify you'],
      ['rejected_final', 'We could not verify you'],
    ] as const) {
      const ids = sandbox.seed(scenario);
      const { unmount } = render(
        <KycFlow
          apiBaseUrl={API_BASE_URL}
          legalEntityUuid={ids.legalEntityUuid}
          clientUuid={ids.clientUuid}
          exitAction={{ label: 'Back to my account', onSelect }}
        />,
      );
      expect(await screen.findByRole('heading', { name: title })).toBeVisible();
      await userEvent.setup().click(screen.getByRole('button', { name: 'Back to my account' }));
      expect(screen.queryByText('You can close this page now.')).not.toBeInTheDocument();
      unmount();
    }
    expect(onSelect).toHaveBeenCalledTimes(4);
  });
});
