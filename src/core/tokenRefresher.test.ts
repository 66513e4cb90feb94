import { describe, expect, it, vi } from 'vitest';
import { createTokenRefresher } from './tokenRefresher';

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
