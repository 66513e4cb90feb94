/** The embedded check's token sessions: renewals, refusals, and a frame that never becomes ready. */
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { frame, livenessFieldSetup, start } from '../../../test/support/livenessField';
import { setupSandboxServer } from '../../../test/support/sandboxServer';

const { sandbox } = setupSandboxServer();
const setup = livenessFieldSetup(sandbox);

describe('LivenessTokenField: token sessions', () => {
  it('given SumSub refuses the token / should hand the frame a renewed one without remounting it', async () => {
    const { user, tokenRequests } = setup();
    await start(user);
    const shown = await screen.findByTestId('fake-frame');

    await user.click(screen.getByRole('button', { name: 'Frame: token refused' }));

    await waitFor(() => expect(frame.renewed).toHaveLength(1));
    expect(frame.renewed[0]).not.toBe(shown.dataset.token);
    expect(new URL(tokenRequests[1] ?? '').searchParams.get('ttl_renew')).toBe('true');
    expect(frame.mounts).toHaveLength(1);
  });

  it('given SumSub refuses the renewed token too / should stop asking, say so, and start again on Retry', async () => {
    const { user, tokenRequests, events } = setup();
    await start(user);
    await screen.findByTestId('fake-frame');

    // A frame that keeps refusing: it asks again each time it gets a token.
    for (let refusals = 0; refusals < 5; refusals++) {
      await user.click(screen.queryByRole('button', { name: 'Frame: token refused' }) ?? document.body);
    }

    const problem = await screen.findByRole('alert');
    expect(problem).toHaveTextContent('The check stopped before it was finished. Please try again.');
    expect(tokenRequests).toHaveLength(2);
    expect(screen.queryByTestId('fake-frame')).not.toBeInTheDocument();
    // The step offers the check as a link too: it is the way on besides Retry.
    expect(within(problem).getByRole('button', { name: 'Open the check in a new tab instead' })).toBeVisible();
    expect(events).toContainEqual(expect.objectContaining({ type: 'error', during: 'liveness' }));

    await user.click(within(problem).getByRole('button', { name: 'Try again' }));

    await waitFor(() => expect(frame.mounts).toHaveLength(2));
    expect(tokenRequests).toHaveLength(3);
    expect(frame.mounts[1]).not.toBe(frame.mounts[0]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('given the renewal fails / should say so and start a new session on Retry', async () => {
    const { user } = setup();
    await start(user);
    await screen.findByTestId('fake-frame');
    sandbox.setFaults({ routes: { getAttribute: { failureRate: 1 } } });

    await user.click(screen.getByRole('button', { name: 'Frame: token refused' }));
    expect(await screen.findByRole('alert', undefined, { timeout: 4000 })).toHaveTextContent(
      'The check stopped before it was finished. Please try again.',
    );
    expect(frame.renewed).toEqual([]);

    sandbox.setFaults(undefined);
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    await waitFor(() => expect(frame.mounts).toHaveLength(2));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(sandbox.checkLivenessToken(frame.mounts[1] ?? '')).toMatchObject({ valid: true });
  });
});

describe('LivenessTokenField: a frame that never becomes ready', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('given the frame stays silent / should show a message, Retry and the link within 20 s, not a blank area', async () => {
    const onError = vi.fn();
    const { user } = setup(undefined, { props: { onError } });
    await start(user);
    await screen.findByTestId('fake-frame');

    await act(() => vi.advanceTimersByTimeAsync(14_000));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(6_000));

    const problem = screen.getByRole('alert');
    expect(problem).toHaveTextContent('The check is taking too long to load. Check your connection and try again.');
    expect(within(problem).getByRole('button', { name: 'Open the check in a new tab instead' })).toBeVisible();
    expect(screen.queryByTestId('fake-frame')).not.toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.any(Error), { during: 'liveness', endpoint: undefined });

    await user.click(within(problem).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('fake-frame')).toBeInTheDocument();
    expect(frame.mounts).toHaveLength(2);
  });

  it('given the frame says it is ready / should leave it running', async () => {
    const { user } = setup();
    await start(user);
    await screen.findByTestId('fake-frame');
    await user.click(screen.getByRole('button', { name: 'Frame: ready' }));

    await act(() => vi.advanceTimersByTimeAsync(60_000));

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByTestId('fake-frame')).toBeInTheDocument();
  });
});
