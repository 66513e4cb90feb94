/**
 * What the customer reads and the partner receives when something goes wrong, through the real network
 * layer (the MSW sandbox with its fault options): one sentence in the widget's locale that says what to
 * do, never a method, path, status or server text; the detail reaches onError and the events.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { KycFlow, type KycFlowProps } from '../../src';
import type { KycEvent } from '../../src/react/context/events';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

/** Anything technical that must never reach the customer's screen. */
const TECHNICAL = /\b(GET|POST|PATCH|HTTP|40\d|41\d|42\d|50\d)\b|\/v1\/|\{uuid\}|detail|Authentication|throttled/;

function renderFlow(props: Partial<KycFlowProps> = {}) {
  const ids = sandbox.seed('new');
  const events: KycEvent[] = [];
  const onError = vi.fn();
  const user = userEvent.setup();
  render(
    <KycFlow
      apiBaseUrl={API_BASE_URL}
      legalEntityUuid={ids.legalEntityUuid}
      clientUuid={ids.clientUuid}
      retry={false}
      autosave={{ debounceMs: 20 }}
      onEvent={(event) => events.push(event)}
      onError={onError}
      {...props}
    />,
  );
  return { ids, events, onError, user };
}

function widgetText(): string {
  return document.body.textContent ?? '';
}

async function openBasic(user: ReturnType<typeof userEvent.setup>, start = 'Start verification', level = /Basic/) {
  await user.click(await screen.findByRole('radio', { name: level }));
  await user.click(screen.getByRole('button', { name: start }));
}

function storedAnswers(): Record<string, unknown> {
  const uuid = document.querySelector<HTMLElement>('[data-application-uuid]')?.dataset.applicationUuid ?? '';
  return sandbox.inspect(uuid)?.answers ?? {};
}

describe('<KycFlow> failures — session', () => {
  it('given the session expires while saving (German) / should say so, keep the answer, tell the partner once, and save it after the session returns', async () => {
    const { events, onError, user } = renderFlow({ locale: 'de' });
    await openBasic(user, 'Prüfung starten', /Basis/); // the sandbox answers in German too
    const first = await screen.findByRole('textbox', { name: /Vorname/ });
    sandbox.setFaults({ routes: { updateApplication: { status: 401 } } });

    await user.type(first, 'Grace');

    expect(await screen.findByText(/Ihre Sitzung ist abgelaufen/)).toBeVisible();
    expect(screen.getByText('Nicht gespeichert')).toBeVisible();
    expect(first).toHaveValue('Grace');
    expect(widgetText()).not.toMatch(TECHNICAL);
    expect(events.filter((event) => event.type === 'session_expired')).toEqual([
      { type: 'session_expired', endpoint: 'PATCH /v1/kyc/{uuid}/' },
    ]);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ status: 401 }), {
      endpoint: 'PATCH /v1/kyc/{uuid}/',
      during: 'save',
    });
    expect(storedAnswers().first_name ?? null).toBeNull();

    sandbox.setFaults(undefined); // signed in again
    await user.click(screen.getByRole('button', { name: 'Erneut speichern' }));
    await waitFor(() => expect(storedAnswers().first_name).toBe('Grace'));
    expect(await screen.findByText('Alle Änderungen gespeichert')).toBeVisible();
  });

  it('given the session expired before the first load / should say so with a retry, and load after the session returns', async () => {
    sandbox.setFaults({ routes: { levelInfo: { status: 401 } } });
    const { events, user } = renderFlow({ locale: 'fr' });
    expect(await screen.findByText(/Votre session a expiré/)).toBeVisible();
    expect(events.filter((event) => event.type === 'session_expired')).toHaveLength(1);
    sandbox.setFaults(undefined);
    await user.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('radio', { name: /Essentiel/ })).toBeVisible();
  });

  it('given getHeaders that never resolves / should end in a clear error with a retry, not a spinner', async () => {
    let signedIn = false;
    const { user } = renderFlow({
      timeoutMs: 150,
      getHeaders: () => (signedIn ? { Authorization: 'Bearer back' } : new Promise<Record<string, string>>(() => {})),
    });
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeVisible();
    expect(screen.getByText(/We could not load your verification/)).toBeVisible();
    signedIn = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('radio', { name: /Basic/ })).toBeVisible();
  });
});

describe('<KycFlow> failures — one sentence per kind', () => {
  it.each([
    [{ status: 403 }, 'You are not allowed to do this. Please contact support if you think this is wrong.'],
    [{ status: 409 }, 'This application was changed in the meantime. Try again to continue with its current state.'],
    [{ status: 429, retryAfter: '7' }, 'Too many requests right now. Please wait 7 seconds, then try again.'],
    [{ status: 503 }, 'Our service is having trouble. Please try again in a moment.'],
    [{ dropRate: 1 }, 'The connection was lost. Check that you are online, then try again.'],
  ] as const)('given %j when starting / should say %s and create nothing', async (rule, sentence) => {
    const { ids, user } = renderFlow();
    await screen.findByRole('radio', { name: /Basic/ });
    sandbox.setFaults({ routes: { createApplication: rule } });
    await openBasic(user);
    expect(await screen.findByText(sentence)).toBeVisible();
    expect(widgetText()).not.toMatch(TECHNICAL);
    sandbox.setFaults(undefined);
    const info = await fetch(
      `${API_BASE_URL}/v1/clients/kyc-level-info/?legal_entity_uuid=${ids.legalEntityUuid}&client_uuid=${ids.clientUuid}`,
    );
    expect(((await info.json()) as { last_kyc_application_uuid: string | null }).last_kyc_application_uuid).toBeNull();
  });

  it('given an application that no longer exists (German) / should say it is gone', async () => {
    const { legalEntityUuid, clientUuid } = sandbox.seed('new');
    render(
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        legalEntityUuid={legalEntityUuid}
        clientUuid={clientUuid}
        applicationUuid="0f0e0d0c-0b0a-4908-8706-050403020100"
        locale="de"
        retry={false}
      />,
    );
    expect(await screen.findByText('Diesen Antrag gibt es nicht mehr. Sie können einen neuen beginnen.')).toBeVisible();
    expect(widgetText()).not.toMatch(TECHNICAL);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Neuen Antrag beginnen' }));
    expect(await screen.findByRole('button', { name: 'Prüfung starten' })).toBeVisible();
  });

  it('given the create’s answer is lost after the server made the application / should open that application, not make a second', async () => {
    const posts: string[] = [];
    const { user } = renderFlow({
      fetch: (input, init) => {
        if (init?.method === 'POST') posts.push(String(input));
        return fetch(input, init);
      },
    });
    await screen.findByRole('radio', { name: /Basic/ });
    sandbox.setFaults({ routes: { createApplication: { lostResponseRate: 1, times: 1 } } });
    await openBasic(user);
    expect(await screen.findByRole('heading', { name: 'Your name' })).toBeVisible();
    expect(posts).toHaveLength(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('given one create dropped before the server made it / should read, create once more and open the application', async () => {
    const posts: string[] = [];
    const { user } = renderFlow({
      fetch: (input, init) => {
        if (init?.method === 'POST') posts.push(String(input));
        return fetch(input, init);
      },
    });
    await screen.findByRole('radio', { name: /Basic/ });
    sandbox.setFaults({ routes: { createApplication: { dropRate: 1, times: 1 } } });
    await openBasic(user);
    expect(await screen.findByRole('heading', { name: 'Your name' })).toBeVisible();
    expect(posts).toHaveLength(2);
  });
});
