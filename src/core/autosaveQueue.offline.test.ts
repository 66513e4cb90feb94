import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaveQueue } from './autosaveQueue';
import { ENDPOINT, autoServer, fakeServer } from '../../test/support/autosaveHarness';
import { KycTransportError } from './errors';

const network = () => new KycTransportError('network', 'Failed to fetch', ENDPOINT);
const TEN_MINUTES = 10 * 60_000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createAutosaveQueue — offline (pause / resume)', () => {
  it('given the network is gone / should send nothing, keep every value, and save them all in one save on resume', async () => {
    const server = autoServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 100 });
    queue.pause();
    queue.set('first_name', 'Ada');
    queue.set('last_name', 'Lovelace');
    queue.set('first_name', 'Adele');
    await vi.advanceTimersByTimeAsync(TEN_MINUTES);

    expect(server.calls).toHaveLength(0);
    expect(queue.getSnapshot()).toMatchObject({ status: 'pending', offline: true });
    expect(queue.getSnapshot().pendingKeys).toEqual(['last_name', 'first_name']);
    expect(queue.hasUnsaved()).toBe(true);
    expect(queue.pendingValue('first_name')).toEqual({ value: 'Adele' });

    queue.resume();
    await vi.advanceTimersByTimeAsync(0);

    expect(server.calls.map((call) => call.changes)).toEqual([
      [
        { key: 'last_name', value: 'Lovelace' },
        { key: 'first_name', value: 'Adele' },
      ],
    ]);
    expect(server.stored).toEqual({ first_name: 'Adele', last_name: 'Lovelace' });
    expect(queue.getSnapshot().status).toBe('saved');
    expect(queue.getSnapshot().offline).toBeUndefined();
  });

  it('given a save lost with the network / should neither retry on a timer nor say "error" until resume', async () => {
    const server = fakeServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 0 });
    queue.set('first_name', 'Ada');
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(1);

    queue.pause();
    server.calls[0]?.reject(network());
    await vi.advanceTimersByTimeAsync(TEN_MINUTES);

    expect(server.calls).toHaveLength(1);
    expect(queue.getSnapshot().status).toBe('pending');
    expect(queue.pendingValue('first_name')).toEqual({ value: 'Ada' });

    queue.resume();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(2);
    server.calls[1]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.stored).toEqual({ first_name: 'Ada' });
    expect(queue.getSnapshot().status).toBe('saved');
  });

  it('given a retry waiting when the network goes / should cancel it and save at once on resume, not after the backoff', async () => {
    const server = fakeServer();
    const queue = createAutosaveQueue({
      save: server.save,
      debounceMs: 0,
      retry: { attempts: 4, baseDelayMs: 60_000, maxDelayMs: 60_000 },
      random: () => 0.5,
    });
    queue.set('first_name', 'Ada');
    await vi.advanceTimersByTimeAsync(0);
    server.calls[0]?.reject(network());
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().status).toBe('saving'); // the retry waits

    queue.pause();
    expect(queue.getSnapshot().status).toBe('pending');
    await vi.advanceTimersByTimeAsync(TEN_MINUTES);
    expect(server.calls).toHaveLength(1);

    queue.resume();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(2);
  });

  it('given the save after reconnecting fails / should retry as usual and only then say "error"', async () => {
    const server = fakeServer();
    const queue = createAutosaveQueue({
      save: server.save,
      debounceMs: 0,
      retry: { attempts: 1, baseDelayMs: 1000, maxDelayMs: 1000 },
    });
    queue.pause();
    queue.set('first_name', 'Ada');
    await vi.advanceTimersByTimeAsync(TEN_MINUTES);
    expect(queue.getSnapshot().status).toBe('pending');

    queue.resume();
    await vi.advanceTimersByTimeAsync(0);
    server.calls[0]?.reject(network());
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().status).toBe('saving');
    await vi.advanceTimersByTimeAsync(1000);
    server.calls[1]?.reject(network());
    await vi.advanceTimersByTimeAsync(0);

    expect(queue.getSnapshot().status).toBe('error');
    expect(queue.getSnapshot().lastError?.kind).toBe('transport');
    expect(queue.pendingValue('first_name')).toEqual({ value: 'Ada' });
  });

  it('given flush() while offline / should resolve with the values still unsaved, sending nothing', async () => {
    const server = autoServer();
    const queue = createAutosaveQueue({ save: server.save });
    queue.pause();
    queue.set('first_name', 'Ada');
    await queue.flush();
    expect(server.calls).toHaveLength(0);
    expect(queue.hasUnsaved()).toBe(true);
  });

  it('given a "Not saved" when the network goes / should try again by itself when it is back', async () => {
    const server = fakeServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 0, retry: { attempts: 0 } });
    queue.set('first_name', 'Ada');
    await vi.advanceTimersByTimeAsync(0);
    server.calls[0]?.reject(network());
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().status).toBe('error');

    queue.pause();
    queue.resume();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(2);
  });

  it('given resume() without pause(), or after dispose() / should send nothing extra', async () => {
    const server = autoServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 1000 });
    queue.set('first_name', 'Ada');
    queue.resume();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(0); // still waiting for the debounce

    queue.pause();
    queue.dispose();
    queue.resume();
    await vi.advanceTimersByTimeAsync(TEN_MINUTES);
    expect(server.calls).toHaveLength(0);
    expect(queue.hasUnsaved()).toBe(true);
  });
});
