/**
 * <KycFlow> follows the one screen rule (`core/screen.ts`) and the one field-problem rule
 * (`core/fieldProblem.ts`) whatever the way in: a given application, a status written differently,
 * and problems that the client fixes one by one.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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

/** A server that writes its statuses capitalised ("Pending"): the widget must read them the same way. */
const capitalisingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const text = await response.text();
  const body = text.replace(/"status":"([a-z_]+)"/g, (_all, status: string) => {
    return `"status":"${status.charAt(0).toUpperCase()}${status.slice(1)}"`;
  });
  return new Response(body, { status: response.status, headers: response.headers });
};

describe('<KycFlow> screens', () => {
  it('given the partner names a finally rejected application / should not offer a new one the level info forbids', async () => {
    const ids = sandbox.seed('rejected_final');
    render(
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        legalEntityUuid={ids.legalEntityUuid}
        clientUuid={ids.clientUuid}
        applicationUuid={ids.applicationUuid}
        retry={false}
      />,
    );
    expect(await screen.findByRole('heading', { name: 'We could not verify you' })).toBeVisible();
    expect(await screen.findByText(/A new application is not possible for now/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Start a new application' })).not.toBeInTheDocument();
  });

  it('given the partner names a rejected application that may be retried / should offer a new one', async () => {
    const ids = sandbox.seed('rejected');
    render(
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        legalEntityUuid={ids.legalEntityUuid}
        clientUuid={ids.clientUuid}
        applicationUuid={ids.applicationUuid}
        retry={false}
      />,
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Start a new application' }));
    expect(await screen.findByRole('button', { name: 'Start verification' })).toBeVisible();
  });

  it('given a server that writes "Pending" / should show the corrections, not the questionnaire', async () => {
    renderScenario('pending', { fetch: capitalisingFetch });
    expect(await screen.findByRole('heading', { name: 'Some answers need your attention' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Correct answers' })).toBeVisible();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('given a server that writes "Approved" / should show the approval', async () => {
    renderScenario('approved', { fetch: capitalisingFetch });
    expect(await screen.findByRole('heading', { name: 'You are verified' })).toBeVisible();
  });

  it('given problems on a step / should list them after Continue, follow each fix, and go away when none remain', async () => {
    const user = userEvent.setup();
    renderScenario('new', { autosave: { debounceMs: 20 } });
    await user.click(await screen.findByRole('radio', { name: /Basic/ }));
    await user.click(screen.getByRole('button', { name: 'Start verification' }));
    await screen.findByRole('heading', { name: 'Your name' });

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert', { name: 'Please check 2 answers' });
    const listed = within(summary).getAllByRole('link').length;
    expect(listed).toBe(2);
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: /First name: Please answer this question/ })).toBeVisible();

    await user.type(screen.getByRole('textbox', { name: /First name/ }), 'Ada');
    await waitFor(() => expect(within(summary).getAllByRole('link')).toHaveLength(listed - 1));
    expect(within(summary).queryByRole('link', { name: /First name/ })).not.toBeInTheDocument();
    expect(summary).toHaveAccessibleName('Please check 1 answer');

    await user.type(screen.getByRole('textbox', { name: /Last name/ }), 'Lovelace');
    await waitFor(() => expect(screen.queryByRole('alert', { name: /Please check/ })).not.toBeInTheDocument());
  });

  it('given two widgets for the same application on one page / should share no element id', async () => {
    const ids = sandbox.seed('draft');
    const props = {
      apiBaseUrl: API_BASE_URL,
      legalEntityUuid: ids.legalEntityUuid,
      clientUuid: ids.clientUuid,
      retry: false as const,
    };
    render(
      <>
        <KycFlow {...props} />
        <KycFlow {...props} />
      </>,
    );
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Continue' })).toHaveLength(2));
    const all = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(all.length).toBeGreaterThan(4);
    expect(all.filter((id, index) => all.indexOf(id) !== index)).toEqual([]);
  });

  it('given corrections on one step / should show the note at the field and go from that step to the summary', async () => {
    const user = userEvent.setup();
    const ids = sandbox.seed('in_review');
    const clarify = await fetch(`${API_BASE_URL}/v1/kyc/${ids.applicationUuid}/send-to-clarify/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ client_notes: { residence_address: 'Please add your flat number.' } }),
    });
    expect(clarify.status).toBe(200);
    render(
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        legalEntityUuid={ids.legalEntityUuid}
        clientUuid={ids.clientUuid}
        retry={false}
      />,
    );

    expect(await screen.findByRole('heading', { name: 'Some answers need your attention' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Correct answers' }));
    const step = await screen.findByRole('heading', { level: 2 });
    expect(step).toHaveFocus();
    expect(screen.getByRole('note')).toHaveTextContent(
      'Note from the reviewer: \u2068Please add your flat number.\u2069',
    );
    const address = screen.getByRole('textbox', { name: /Residence address/ });
    await user.type(address, ', flat 4');

    await user.click(screen.getByRole('button', { name: /Continue|Review answers/ }));
    expect(await screen.findByRole('heading', { name: 'Check your answers' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { name: step.textContent ?? '' })).toBeVisible();
  });

  it('given a German widget / should ask the API in German, so the server’s own titles are German too', async () => {
    const user = userEvent.setup();
    const languages: (string | null)[] = [];
    const recording: typeof fetch = (input, init) => {
      languages.push(new Headers(init?.headers).get('accept-language'));
      return fetch(input, init);
    };
    renderScenario('new', { locale: 'de', fetch: recording });
    await user.click(await screen.findByRole('radio', { name: /Basis/ }));
    await user.click(screen.getByRole('button', { name: 'Prüfung starten' }));

    expect(await screen.findByRole('heading', { name: 'Ihr Name' })).toBeVisible();
    expect(new Set(languages)).toEqual(new Set(['de']));
  });

  it('given a partner that sets its own Accept-Language / should keep the partner’s', async () => {
    const languages: (string | null)[] = [];
    const recording: typeof fetch = (input, init) => {
      languages.push(new Headers(init?.headers).get('accept-language'));
      return fetch(input, init);
    };
    renderScenario('new', { locale: 'de', fetch: recording, getHeaders: () => ({ 'Accept-Language': 'fr' }) });
    expect(await screen.findByRole('button', { name: 'Prüfung starten' })).toBeVisible();
    expect(languages).toEqual(['fr']);
  });
});
