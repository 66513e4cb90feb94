/**
 * Offline: the client hears at once that the network is gone, every answer typed meanwhile is kept and
 * nothing is sent, and the answers are saved by themselves when the network returns — through the real
 * network layer (the MSW sandbox, which drops every request while "offline"). "Not saved" comes only
 * after a reconnect fails, and leaving the page with unsaved answers warns.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KycFlow } from '../../src';
import type { AutosaveSettings } from '../../src/react/context/callbacks';
import type { FaultConfig } from '../../src/sandbox';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();
const OFFLINE_NOTICE = 'You’re offline — your answers are kept and will be saved when you’re back.';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

async function openBasicApplication(autosave: AutosaveSettings = {}) {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const ids = sandbox.seed('new');
  /** Every PATCH the widget tried to send, delivered or not. */
  const attempts: string[] = [];
  const recordingFetch: typeof fetch = (input, init) => {
    if (init?.method === 'PATCH') attempts.push(String(init.body));
    return fetch(input, init);
  };
  const onError = vi.fn();
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  render(
    <KycFlow
      apiBaseUrl={API_BASE_URL}
      legalEntityUuid={ids.legalEntityUuid}
      clientUuid={ids.clientUuid}
      fetch={recordingFetch}
      onError={onError}
      autosave={{ debounceMs: 50, ...autosave }}
    />,
  );
  await user.click(await screen.findByRole('radio', { name: /Basic/ }));
  await user.click(screen.getByRole('button', { name: 'Start verification' }));
  await screen.findByRole('heading', { name: 'Your name' });
  const uuid = document.querySelector<HTMLElement>('[data-application-uuid]')?.dataset.applicationUuid ?? '';
  const stored = () => sandbox.inspect(uuid) ?? { answers: {} as Record<string, unknown>, patchCount: 0 };
  return { user, attempts, onError, stored };
}

/** The browser loses the network: `navigator.onLine` turns false, the `offline` event fires, requests fail. */
function goOffline() {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  sandbox.setFaults({ dropRate: 1 });
  act(() => {
    window.dispatchEvent(new Event('offline'));
  });
}

/** The network returns (with `faults` on the server, if given). */
function goOnline(faults?: FaultConfig) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
  sandbox.setFaults(faults);
  act(() => {
    window.dispatchEvent(new Event('online'));
  });
}

/** Whether leaving the page now would ask the client first. */
function leavingWarns(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

const firstName = () => screen.getByRole('textbox', { name: /First name/ });
const lastName = () => screen.getByRole('textbox', { name: /Last name/ });

describe('<KycFlow> offline', () => {
  it('given the network goes away / should say so at once, keep what is typed, send nothing, and save it all when it is back', async () => {
    const { user, attempts, stored } = await openBasicApplication();
    await user.type(firstName(), 'Ada');
    await screen.findByText('All changes saved');
    expect(screen.queryByText(OFFLINE_NOTICE)).not.toBeInTheDocument();

    goOffline();
    expect(screen.getByText(OFFLINE_NOTICE)).toBeVisible();
    const attemptsWhenOffline = attempts.length;
    const patchesWhenOffline = stored().patchCount;

    await user.type(lastName(), 'Lovelace');
    await user.clear(firstName());
    await user.type(firstName(), 'Adele');
    await act(() => vi.advanceTimersByTimeAsync(5 * 60_000));

    expect(attempts).toHaveLength(attemptsWhenOffline);
    expect(firstName()).toHaveValue('Adele');
    expect(lastName()).toHaveValue('Lovelace');
    expect(screen.getByText('Unsaved changes')).toBeVisible();
    expect(screen.queryByText('Not saved')).not.toBeInTheDocument();
    expect(stored().answers).toMatchObject({ first_name: 'Ada' });

    goOnline();
    await waitFor(() => expect(screen.getByText('All changes saved')).toBeVisible());
    expect(stored().answers).toMatchObject({ first_name: 'Adele', last_name: 'Lovelace' });
    expect(stored().patchCount).toBe(patchesWhenOffline + 1);
    expect(attempts).toHaveLength(attemptsWhenOffline + 1);
    expect(screen.queryByText(OFFLINE_NOTICE)).not.toBeInTheDocument();
  });

  it('given the save after reconnecting fails / should say "Not saved" only then, keeping the answer', async () => {
    const { user, onError, stored } = await openBasicApplication({
      retry: { attempts: 1, baseDelayMs: 10, maxDelayMs: 10 },
    });
    goOffline();
    await user.type(firstName(), 'Grace');
    await act(() => vi.advanceTimersByTimeAsync(5 * 60_000));
    expect(screen.queryByText('Not saved')).not.toBeInTheDocument();
    expect(onError).not.toHaveBeenCalled();

    goOnline({ routes: { updateApplication: { failureRate: 1 } } });
    expect(await screen.findByText('Not saved')).toBeVisible();
    expect(firstName()).toHaveValue('Grace');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[1]).toMatchObject({ during: 'save' });

    sandbox.setFaults(undefined);
    await user.click(screen.getByRole('button', { name: 'Retry saving' }));
    await waitFor(() => expect(stored().answers).toMatchObject({ first_name: 'Grace' }));
  });

  it('given answers not saved yet / leaving the page should warn, and once they are saved it should not', async () => {
    const { user } = await openBasicApplication();
    expect(leavingWarns()).toBe(false);
    goOffline();
    await user.type(firstName(), 'Ada');
    expect(leavingWarns()).toBe(true);

    goOnline();
    await waitFor(() => expect(screen.getByText('All changes saved')).toBeVisible());
    expect(leavingWarns()).toBe(false);
  });

  it('given the widget opens while offline / should say so, and save what is typed once the network is back', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { user, stored } = await openBasicApplication();
    expect(screen.getByText(OFFLINE_NOTICE)).toBeVisible();
    await user.type(firstName(), 'Ada');
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(stored().answers.first_name ?? null).toBeNull();

    goOnline();
    await waitFor(() => expect(stored().answers).toMatchObject({ first_name: 'Ada' }));
  });
});
