import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithKyc } from '../../../test/support/renderWithKyc';
import { setupSandboxServer } from '../../../test/support/sandboxServer';
import type { AutosaveSettings, ErrorDetails } from '../context/callbacks';
import type { KycEvent } from '../context/events';
import { useKyc } from '../context/KycContext';
import { useAutosaveQueue, useAutosaveState } from './useAutosave';

const { sandbox } = setupSandboxServer();

afterEach(() => {
  vi.useRealTimers();
  configure({ reactStrictMode: false });
});

/** Two answers typed into the queue and its state shown, like the flow's save status. */
function Harness({ applicationUuid, settings }: { applicationUuid: string; settings: AutosaveSettings }) {
  const queue = useAutosaveQueue(applicationUuid, settings);
  const state = useAutosaveState(queue);
  return (
    <>
      <input aria-label="First name" onChange={(event) => queue.set('first_name', event.target.value)} />
      <input aria-label="Annual income" onChange={(event) => queue.set('annual_income', event.target.value)} />
      <p data-testid="save-state">{`${state.status}${state.lastError ? ' after a failure' : ''}`}</p>
      <button type="button" onClick={() => queue.retry()}>
        Retry saving
      </button>
      <ReadLevelInfo />
    </>
  );
}

/** Any other call of the widget (here the level info): one that succeeds shows the session works again. */
function ReadLevelInfo() {
  const { client } = useKyc();
  return (
    <button type="button" onClick={() => void client.getLevelInfo().catch(() => undefined)}>
      Read the level info
    </button>
  );
}

function setup(settings: AutosaveSettings) {
  const ids = sandbox.seed('draft');
  const applicationUuid = ids.applicationUuid ?? '';
  const patches: string[] = [];
  const recordingFetch: typeof fetch = (input, init) => {
    if (init?.method === 'PATCH') patches.push(String(input));
    return fetch(input, init);
  };
  const onError = vi.fn<(error: Error, details: ErrorDetails) => void>();
  const view = renderWithKyc(<Harness applicationUuid={applicationUuid} settings={settings} />, ids, {
    fetch: recordingFetch,
    onError,
  });
  const events = view.events as KycEvent[];
  return { ...view, events, patches, onError, applicationUuid };
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const saveState = () => screen.getByTestId('save-state');
const saveFailures = (events: KycEvent[]) => events.filter((event) => event.type === 'save_failed');

describe('useAutosaveQueue', () => {
  it('given saves that keep failing / should report once when the retries are used up, and again when a Retry fails', async () => {
    sandbox.setFaults({ routes: { updateApplication: { failureRate: 1 } } });
    const { events, patches, onError } = setup({
      debounceMs: 0,
      retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 10 },
    });

    type('First name', 'Ada');

    await waitFor(() => expect(saveState()).toHaveTextContent('error after a failure'));
    expect(patches).toHaveLength(3); // the save and its two automatic retries
    expect(saveFailures(events)).toEqual([{ type: 'save_failed', keys: ['first_name'], errorKind: 'transport' }]);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[1]).toEqual({ during: 'save', endpoint: 'PATCH /v1/kyc/{uuid}/' });
    expect(events).toContainEqual({
      type: 'error',
      kind: 'transport',
      during: 'save',
      endpoint: 'PATCH /v1/kyc/{uuid}/',
    });

    fireEvent.click(screen.getByRole('button', { name: 'Retry saving' }));

    await waitFor(() => expect(onError).toHaveBeenCalledTimes(2));
    expect(patches).toHaveLength(6);
    expect(saveFailures(events)).toHaveLength(2);
  });

  it('given the server refuses one value / should report that key as a validation failure and save the other', async () => {
    const { events, onError, applicationUuid } = setup({ debounceMs: 0 });

    type('First name', 'Ada');
    type('Annual income', 'lots');

    await waitFor(() => expect(saveFailures(events)).toHaveLength(1));
    expect(saveFailures(events)[0]).toEqual({ type: 'save_failed', keys: ['annual_income'], errorKind: 'validation' });
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[1].during).toBe('save');
    await waitFor(() => expect(sandbox.inspect(applicationUuid)?.answers.first_name).toBe('Ada'));
  });

  it('given a save that fails / unmounting should send one last PATCH, no timed retry, and no event after', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    sandbox.setFaults({ routes: { updateApplication: { failureRate: 1 } } });
    const { events, patches, onError, unmount } = setup({
      debounceMs: 0,
      retry: { attempts: 4, baseDelayMs: 1000, maxDelayMs: 30_000 },
    });
    type('First name', 'Ada');
    // The first save failed and its automatic retry waits.
    await waitFor(() => expect(saveState()).toHaveTextContent('saving after a failure'));
    expect(patches).toHaveLength(1);

    unmount();
    const eventsAtUnmount = events.length;
    await vi.waitFor(() => expect(patches).toHaveLength(2)); // the flush of what was pending
    for (let minute = 0; minute < 10; minute++) await vi.advanceTimersByTimeAsync(60_000);

    expect(patches).toHaveLength(2);
    expect(events.slice(eventsAtUnmount)).toEqual([]);
    expect(onError).not.toHaveBeenCalled();
  });

  it('given StrictMode / should keep saving after the simulated unmount and remount', async () => {
    // The whole tree in StrictMode (a nested <StrictMode> does not replay effects in React 19).
    configure({ reactStrictMode: true });
    const { events, applicationUuid } = setup({ debounceMs: 0 });

    type('First name', 'Grace');

    await waitFor(() => expect(events).toContainEqual({ type: 'answers_saved', keys: ['first_name'] }));
    expect(sandbox.inspect(applicationUuid)?.answers.first_name).toBe('Grace');
  });

  it('given the session expired while saving / should save the kept answer as soon as a call succeeds again', async () => {
    sandbox.setFaults({ routes: { updateApplication: { status: 401 } } });
    const { applicationUuid } = setup({ debounceMs: 0 });

    type('First name', 'Grace');
    await waitFor(() => expect(saveState()).toHaveTextContent('error after a failure'));
    expect(sandbox.inspect(applicationUuid)?.answers.first_name).not.toBe('Grace');

    sandbox.setFaults(undefined); // the partner signed the customer in again
    fireEvent.click(screen.getByRole('button', { name: 'Read the level info' }));

    await waitFor(() => expect(sandbox.inspect(applicationUuid)?.answers.first_name).toBe('Grace'));
    await waitFor(() => expect(saveState()).toHaveTextContent('saved'));
  });
});
