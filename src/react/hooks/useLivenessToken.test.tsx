import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LIVENESS_TOKEN_KEY } from '../../core/schemas';
import { renderWithKyc } from '../../../test/support/renderWithKyc';
import { setupSandboxServer } from '../../../test/support/sandboxServer';
import { useLivenessToken, type UseLivenessTokenResult } from './useLivenessToken';

const { sandbox } = setupSandboxServer();

/** Renders the hook and keeps its latest result. */
function setup(onError = vi.fn()) {
  const ids = sandbox.seed('draft');
  const applicationUuid = ids.applicationUuid ?? '';
  const latest: { current: UseLivenessTokenResult | null } = { current: null };
  const tokenRequests: URL[] = [];
  function Probe() {
    latest.current = useLivenessToken(applicationUuid, LIVENESS_TOKEN_KEY);
    return <p>status: {latest.current.status}</p>;
  }
  const recordingFetch: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname.endsWith(`/attributes/${LIVENESS_TOKEN_KEY}/`)) tokenRequests.push(url);
    return fetch(input, init);
  };
  const view = renderWithKyc(<Probe />, ids, { fetch: recordingFetch, onError });
  const hook = () => {
    if (!latest.current) throw new Error('The hook did not render.');
    return latest.current;
  };
  return { ...view, hook, tokenRequests, applicationUuid, onError };
}

describe('useLivenessToken', () => {
  it('given it is enabled / should fetch the first token without renewing, with the configured lifetimes', async () => {
    const { hook, tokenRequests, applicationUuid } = setup();

    await screen.findByText('status: ready');

    expect(tokenRequests).toHaveLength(1);
    expect(tokenRequests[0]?.searchParams.get('ttl_renew')).toBe('false');
    expect(tokenRequests[0]?.searchParams.get('ttl_min')).toBe('600');
    expect(tokenRequests[0]?.searchParams.get('ttl_max')).toBe('3600');
    expect(sandbox.checkLivenessToken(hook().token ?? '')).toMatchObject({ valid: true, applicationUuid });
  });

  it('given two refreshes at once / should make one renewing request and give both the same new token', async () => {
    const { hook, tokenRequests, events } = setup();
    await screen.findByText('status: ready');
    const first = hook().token;

    let tokens: string[] = [];
    await act(async () => {
      tokens = await Promise.all([hook().refresh(), hook().refresh()]);
    });

    expect(tokenRequests.map((url) => url.searchParams.get('ttl_renew'))).toEqual(['false', 'true']);
    expect(tokens[0]).toBe(tokens[1]);
    expect(tokens[0]).not.toBe(first);
    expect(sandbox.checkLivenessToken(tokens[0] ?? '')).toMatchObject({ valid: true });
    expect(events.filter((event) => (event as { type: string }).type === 'liveness_token_refreshed')).toHaveLength(1);
  });

  it('given the refresh fails / should reject, end the session, and start a new one on retry', async () => {
    const { hook } = setup();
    await screen.findByText('status: ready');
    const first = hook().token;
    sandbox.setFaults({ routes: { getAttribute: { failureRate: 1 } } });

    let refused: unknown = null;
    await act(async () => {
      refused = await hook()
        .refresh()
        .then(
          () => null,
          (error: unknown) => error,
        );
    });
    expect(refused).toBeInstanceOf(Error);
    expect(hook()).toMatchObject({ status: 'error', failure: 'interrupted', error: refused, session: 0 });

    sandbox.setFaults(undefined);
    act(() => hook().retry());

    await screen.findByText('status: ready');
    expect(hook().session).toBe(1);
    expect(hook().failure).toBeNull();
    expect(hook().token).not.toBe(first);
    expect(sandbox.checkLivenessToken(hook().token ?? '')).toMatchObject({ valid: true });
  });

  it('given the frame refuses the renewed token too / should end the session without asking for a third token', async () => {
    const { hook, tokenRequests, onError } = setup();
    await screen.findByText('status: ready');

    let outcome: unknown = null;
    await act(async () => {
      await hook().refresh(); // the first token was refused: one renewal
      outcome = await hook()
        .refresh() // and the renewed one at once too
        .then(
          () => null,
          (error: unknown) => error,
        );
    });

    expect(outcome).toMatchObject({ name: 'LivenessTokenError', reason: 'refused_again' });
    expect(tokenRequests.map((url) => url.searchParams.get('ttl_renew'))).toEqual(['false', 'true']);
    expect(hook()).toMatchObject({ status: 'error', failure: 'interrupted' });
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ name: 'LivenessTokenError' });

    act(() => hook().retry());
    await screen.findByText('status: ready');
    expect(tokenRequests.map((url) => url.searchParams.get('ttl_renew'))).toEqual(['false', 'true', 'true']);
    expect(hook().session).toBe(1);
  });

  it('given the first token cannot be had / should report an error and fetch again on retry', async () => {
    sandbox.setFaults({ routes: { getAttribute: { failureRate: 1 } } });
    const { hook } = setup();

    await screen.findByText('status: error', undefined, { timeout: 4000 });
    sandbox.setFaults(undefined);
    act(() => hook().retry());

    await screen.findByText('status: ready');
    expect(hook().token).toMatch(/\S/);
  });

  it('given a renewal fails / should tell the partner once: onError and the error event, during liveness', async () => {
    const { hook, onError, events } = setup();
    await screen.findByText('status: ready');
    sandbox.setFaults({ routes: { getAttribute: { failureRate: 1 } } });

    await act(async () => {
      await Promise.allSettled([hook().refresh(), hook().refresh()]); // the SDK may ask twice at once
    });

    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[1]).toEqual({
      during: 'liveness',
      endpoint: 'GET /v1/kyc/{uuid}/attributes/{key}/',
    });
    expect(events).toContainEqual(expect.objectContaining({ type: 'error', during: 'liveness' }));
  });

  it('given the first token cannot be had / should tell the partner: onError during liveness', async () => {
    sandbox.setFaults({ routes: { getAttribute: { failureRate: 1 } } });
    const { onError } = setup();

    await screen.findByText('status: error', undefined, { timeout: 4000 });

    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[1]).toEqual({
      during: 'liveness',
      endpoint: 'GET /v1/kyc/{uuid}/attributes/{key}/',
    });
  });
});
