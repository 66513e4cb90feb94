import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LivenessTokenError, createTokenRefresher } from './tokenRefresher';

/** A fetchToken whose calls stay open until the test settles them. */
function controllableFetch() {
  const calls: { renew: boolean; resolve: (token: string) => void; reject: (error: unknown) => void }[] = [];
  const fetchToken = vi.fn(
    (renew: boolean) =>
      new Promise<string>((resolve, reject) => {
        calls.push({ renew, resolve, reject });
      }),
  );
  return { fetchToken, calls };
}

const flushMicrotasks = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createTokenRefresher', () => {
  it('should fetch without renewing on the first get and then serve the cached token', async () => {
    const fetchToken = vi.fn(async (renew: boolean) => (renew ? 'renewed' : 'first'));
    const tokens = createTokenRefresher(fetchToken);

    expect(tokens.current()).toBeUndefined();
    await expect(tokens.get()).resolves.toBe('first');
    await expect(tokens.get()).resolves.toBe('first');

    expect(fetchToken).toHaveBeenCalledTimes(1);
    expect(fetchToken).toHaveBeenCalledWith(false);
    expect(tokens.current()).toBe('first');
  });

  it('should share one fetch between concurrent gets', async () => {
    const { fetchToken, calls } = controllableFetch();
    const tokens = createTokenRefresher(fetchToken);

    const a = tokens.get();
    const b = tokens.get();
    await flushMicrotasks();
    calls[0]?.resolve('t1');

    await expect(Promise.all([a, b])).resolves.toEqual(['t1', 't1']);
    expect(fetchToken).toHaveBeenCalledTimes(1);
  });

  it('should renew on refresh and share one refresh between concurrent calls', async () => {
    const { fetchToken, calls } = controllableFetch();
    const tokens = createTokenRefresher(fetchToken);

    const first = tokens.refresh();
    const second = tokens.refresh();
    await flushMicrotasks();
    expect(calls.map((call) => call.renew)).toEqual([true]);
    calls[0]?.resolve('renewed');

    await expect(Promise.all([first, second])).resolves.toEqual(['renewed', 'renewed']);
    expect(tokens.current()).toBe('renewed');
    await expect(tokens.get()).resolves.toBe('renewed');
    expect(fetchToken).toHaveBeenCalledTimes(1);
  });

  it('should reject a failed refresh instead of returning the stale token, and try again on the next call', async () => {
    const fetchToken = vi
      .fn<(renew: boolean) => Promise<string>>()
      .mockResolvedValueOnce('stale')
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce('fresh');
    const tokens = createTokenRefresher(fetchToken);

    await tokens.get();
    await expect(tokens.refresh()).rejects.toThrow('offline');
    expect(tokens.current()).toBeUndefined();

    await expect(tokens.refresh()).resolves.toBe('fresh');
    expect(fetchToken.mock.calls.map(([renew]) => renew)).toEqual([false, true, true]);
  });

  it('should renew on the get that follows a failed refresh', async () => {
    const fetchToken = vi
      .fn<(renew: boolean) => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce('fresh');
    const tokens = createTokenRefresher(fetchToken);

    await expect(tokens.refresh()).rejects.toThrow('offline');
    await expect(tokens.get()).resolves.toBe('fresh');
    expect(fetchToken).toHaveBeenLastCalledWith(true);
  });

  it('should let a get try again after a failed get', async () => {
    const fetchToken = vi
      .fn<(renew: boolean) => Promise<string>>()
      .mockRejectedValueOnce(new Error('down'))
      .mockResolvedValueOnce('ok');
    const tokens = createTokenRefresher(fetchToken);

    await expect(tokens.get()).rejects.toThrow('down');
    await expect(tokens.get()).resolves.toBe('ok');
  });

  it('should reject an empty token rather than cache it', async () => {
    const tokens = createTokenRefresher(async () => '');
    await expect(tokens.refresh()).rejects.toThrow('No access token');
    expect(tokens.current()).toBeUndefined();
  });

  it('should keep the renewed token when an older plain fetch finishes after it', async () => {
    const { fetchToken, calls } = controllableFetch();
    const tokens = createTokenRefresher(fetchToken);

    const plain = tokens.get();
    await flushMicrotasks();
    const renewed = tokens.refresh();
    await flushMicrotasks();
    expect(calls.map((call) => call.renew)).toEqual([false, true]);

    calls[1]?.resolve('new');
    await renewed;
    calls[0]?.resolve('old');
    await plain;

    expect(tokens.current()).toBe('new');
  });

  it('should also survive a fetchToken that throws synchronously', async () => {
    const fetchToken = vi
      .fn<(renew: boolean) => Promise<string>>()
      .mockImplementationOnce(() => {
        throw new Error('sync');
      })
      .mockResolvedValueOnce('ok');
    const tokens = createTokenRefresher(fetchToken);

    await expect(tokens.refresh()).rejects.toThrow('sync');
    await expect(tokens.refresh()).resolves.toBe('ok');
  });
});

describe('createTokenRefresher: no token loops', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A server that mints a new token on every request, numbered. */
  function mintingFetch() {
    let minted = 0;
    const mintedAt: number[] = [];
    const fetchToken = vi.fn(async () => {
      minted += 1;
      mintedAt.push(Date.now());
      return `token-${minted}`;
    });
    return { fetchToken, mintedAt };
  }

  it('given a frame that refuses every token it gets / should mint at most 3 in 10 s and end with an error, not a loop', async () => {
    const { fetchToken, mintedAt } = mintingFetch();
    const tokens = createTokenRefresher(fetchToken);
    await tokens.get();

    // The SDK calls its expiration handler each time the frame refuses a token, with no pause of its own.
    let outcome: unknown;
    for (let refusals = 0; refusals < 50 && outcome === undefined; refusals++) {
      await tokens.refresh().then(
        () => vi.advanceTimersByTimeAsync(200),
        (error: unknown) => {
          outcome = error;
        },
      );
    }
    await vi.advanceTimersByTimeAsync(10_000);

    expect(outcome).toBeInstanceOf(LivenessTokenError);
    expect(outcome).toMatchObject({ reason: 'refused_again' });
    expect(fetchToken).toHaveBeenCalledTimes(2);
    expect(mintedAt.filter((at) => at - (mintedAt[0] ?? 0) < 10_000).length).toBeLessThanOrEqual(3);
  });

  it('given a renewal that returns the token just refused / should reject instead of handing it back', async () => {
    const fetchToken = vi.fn(async () => 'the-same');
    const tokens = createTokenRefresher(fetchToken);
    await tokens.get();

    await expect(tokens.refresh()).rejects.toMatchObject({ name: 'LivenessTokenError', reason: 'same_token' });
    expect(tokens.current()).toBeUndefined();
    // The customer's retry meets the same answer and says so again, rather than mounting a doomed frame.
    await expect(tokens.restart()).rejects.toMatchObject({ reason: 'same_token' });
  });

  it('given a renewed token that lived past the refused-again window / should renew it like any other', async () => {
    const { fetchToken } = mintingFetch();
    const tokens = createTokenRefresher(fetchToken);
    await tokens.get();
    await tokens.refresh();

    await vi.advanceTimersByTimeAsync(31_000);

    await expect(tokens.refresh()).resolves.toBe('token-3');
  });

  it('given retries faster than the limit / should make the fourth wait until the window allows it', async () => {
    const { fetchToken, mintedAt } = mintingFetch();
    const tokens = createTokenRefresher(fetchToken);
    await tokens.get(); // token-1 at t0
    await vi.advanceTimersByTimeAsync(1000);
    await tokens.restart(); // token-2 at t0+1 s
    await vi.advanceTimersByTimeAsync(1000);
    await tokens.restart(); // token-3 at t0+2 s

    let fourth: string | undefined;
    void tokens.restart().then((token) => {
      fourth = token;
    });
    await vi.advanceTimersByTimeAsync(7900);
    expect(fourth).toBeUndefined();
    expect(tokens.waitMs()).toBe(100);
    expect(fetchToken).toHaveBeenCalledTimes(3);

    await vi.advanceTimersByTimeAsync(100);
    expect(fourth).toBe('token-4');
    expect((mintedAt[3] ?? 0) - (mintedAt[0] ?? 0)).toBe(10_000);
  });

  it('given a request waiting for its turn / should share it between callers and reject it when disposed', async () => {
    const { fetchToken } = mintingFetch();
    const tokens = createTokenRefresher(fetchToken, { limit: 1, windowMs: 5000 });
    await tokens.get();

    const first = tokens.restart();
    const second = tokens.restart();
    expect(second).toBe(first);
    tokens.dispose();

    await expect(first).rejects.toMatchObject({ reason: 'stopped' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(fetchToken).toHaveBeenCalledTimes(1);
  });
});
