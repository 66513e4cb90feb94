import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaveQueue } from './autosaveQueue';
import { ENDPOINT, autoServer, fakeServer } from '../../test/support/autosaveHarness';
import { KycTransportError, KycUnauthorizedError, KycValidationError } from './errors';

const network = () => new KycTransportError('network', 'Failed to fetch', ENDPOINT);
const noRetryJitter = { attempts: 3, baseDelayMs: 1000, maxDelayMs: 8000 };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createAutosaveQueue — debounce and coalescing', () => {
  it('should coalesce 40 keystrokes over 3 s across two fields into at most 3 saves with the final values', async () => {
    const server = autoServer();
    const queue = createAutosaveQueue({ save: server.save });
    const first = 'Ada Augusta';
    const last = 'Lovelace-King-Noel';
    for (let index = 0; index < 40; index += 1) {
      // Alternate fields as a client would with two inputs, one keystroke every 75 ms.
      if (index % 2 === 0) queue.set('first_name', first.slice(0, Math.min(first.length, index / 2 + 1)));
      else queue.set('last_name', last.slice(0, Math.min(last.length, (index + 1) / 2)));
      await vi.advanceTimersByTimeAsync(75);
    }
    await vi.advanceTimersByTimeAsync(2000);

    expect(server.calls.length).toBeGreaterThanOrEqual(1);
    expect(server.calls.length).toBeLessThanOrEqual(3);
    expect(server.stored).toEqual({ first_name: first, last_name: last });
    expect(queue.hasUnsaved()).toBe(false);
    expect(queue.getSnapshot().status).toBe('saved');
  });

  it('should send one change per key, the newest value winning, in the order the keys were last changed', async () => {
    const server = autoServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 500 });
    queue.set('a', 1);
    queue.set('b', 1);
    queue.set('a', 2);
    await vi.advanceTimersByTimeAsync(499);
    expect(server.calls).toHaveLength(0);
    expect(queue.getSnapshot().status).toBe('pending');
    expect(queue.getSnapshot().pendingKeys).toEqual(['b', 'a']);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls.map((call) => call.changes)).toEqual([
      [
        { key: 'b', value: 1 },
        { key: 'a', value: 2 },
      ],
    ]);
  });

  it('should save a client who types non-stop after maxWaitMs', async () => {
    const server = autoServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 600, maxWaitMs: 2000 });
    for (let index = 0; index < 30; index += 1) {
      queue.set('essay', 'x'.repeat(index + 1));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(server.calls.length).toBeGreaterThanOrEqual(1);
  });

  it('should show the unsaved value until it is saved, telling a cleared null from nothing', async () => {
    const server = fakeServer();
    const queue = createAutosaveQueue({ save: server.save });
    expect(queue.pendingValue('a')).toBeUndefined();
    queue.set('a', null);
    expect(queue.pendingValue('a')).toEqual({ value: null });
    await vi.advanceTimersByTimeAsync(600);
    expect(queue.pendingValue('a')).toEqual({ value: null });
    server.calls[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.pendingValue('a')).toBeUndefined();
  });
});

describe('createAutosaveQueue — one save at a time', () => {
  it('should keep a newer value for the next save when the first save is slow, never overlapping saves', async () => {
    const server = fakeServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 100 });
    queue.set('city', 'Berl');
    await vi.advanceTimersByTimeAsync(100);
    expect(server.calls).toHaveLength(1);
    expect(queue.getSnapshot()).toMatchObject({ status: 'saving', savingKeys: ['city'] });

    queue.set('city', 'Berlin');
    queue.set('zip', '10115');
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.calls).toHaveLength(1);
    expect(queue.getSnapshot().pendingKeys).toEqual(['city', 'zip']);

    server.calls[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1]?.changes).toEqual([
      { key: 'city', value: 'Berlin' },
      { key: 'zip', value: '10115' },
    ]);
    server.calls[1]?.resolve();
    await vi.advanceTimersByTimeAsync(0);

    expect(server.maxOpen()).toBe(1);
    expect(server.stored).toEqual({ city: 'Berlin', zip: '10115' });
  });

  it('should not resend an older value after a failure when a newer one was typed meanwhile', async () => {
    const server = fakeServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 100, retry: noRetryJitter, random: () => 0 });
    queue.set('city', 'Berl');
    await vi.advanceTimersByTimeAsync(100);
    queue.set('city', 'Berlin');
    server.calls[0]?.reject(network());
    await vi.advanceTimersByTimeAsync(1000);

    expect(server.calls[1]?.changes).toEqual([{ key: 'city', value: 'Berlin' }]);
  });
});

describe('createAutosaveQueue — failures', () => {
  it('should retry a transient failure with growing delays and then succeed', async () => {
    const server = fakeServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 0, retry: noRetryJitter, random: () => 0 });
    queue.set('a', 'x');
    await vi.advanceTimersByTimeAsync(0);
    server.calls[0]?.reject(network());
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot()).toMatchObject({ status: 'saving', pendingKeys: ['a'] });
    expect(queue.getSnapshot().lastError?.kind).toBe('transport');

    await vi.advanceTimersByTimeAsync(999);
    expect(server.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toHaveLength(2);
    server.calls[1]?.reject(network());
    await vi.advanceTimersByTimeAsync(1999);
    expect(server.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    server.calls[2]?.resolve();
    await vi.advanceTimersByTimeAsync(0);

    expect(server.stored).toEqual({ a: 'x' });
    const snapshot = queue.getSnapshot();
    expect(snapshot.status).toBe('saved');
    expect(snapshot.lastError).toBeUndefined();
    expect(snapshot.lastSavedAt).toBe(Date.now());
  });

  it('should stop in error after the retries, keep the value and save it on retry()', async () => {
    let failing = true;
    const server = autoServer(() => {
      if (failing) throw network();
    });
    const queue = createAutosaveQueue({
      save: server.save,
      debounceMs: 0,
      retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 10 },
    });
    queue.set('a', 'x');
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toHaveLength(3);
    expect(queue.getSnapshot()).toMatchObject({ status: 'error', pendingKeys: ['a'] });
    expect(queue.hasUnsaved()).toBe(true);

    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.calls).toHaveLength(3);

    failing = false;
    queue.retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.stored).toEqual({ a: 'x' });
    expect(queue.getSnapshot().status).toBe('saved');
  });

  it('should not retry an error that retrying cannot fix, but keep the value until retry()', async () => {
    const refused = new KycUnauthorizedError('Session expired', ENDPOINT, 401);
    let answer: unknown = refused;
    const server = autoServer(() => {
      if (answer) throw answer;
    });
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 0 });
    queue.set('a', 'x');
    await vi.advanceTimersByTimeAsync(60_000);

    expect(server.calls).toHaveLength(1);
    expect(queue.getSnapshot()).toMatchObject({ status: 'error', lastError: refused, pendingKeys: ['a'] });
    expect(queue.pendingValue('a')).toEqual({ value: 'x' });

    answer = undefined;
    queue.retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.stored).toEqual({ a: 'x' });
  });

  it('should treat a rejection that is not a KycError as a network failure', async () => {
    const server = fakeServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 0, retry: noRetryJitter, random: () => 0 });
    queue.set('a', 1);
    await vi.advanceTimersByTimeAsync(0);
    server.calls[0]?.reject(new TypeError('Failed to fetch'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toHaveLength(2);
    expect(queue.getSnapshot().lastError).toBeInstanceOf(KycTransportError);
  });

  it('should hold values the server refused, report them per key, and keep saving the others', async () => {
    const server = autoServer((changes) => {
      const attributeErrors: Record<string, string[]> = {};
      for (const change of changes)
        if (change.key === 'email' && change.value === 'nope')
          attributeErrors.email = ['Enter a valid e-mail address.'];
      if (Object.keys(attributeErrors).length > 0) throw new KycValidationError(ENDPOINT, 400, {}, attributeErrors, []);
    });
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 100 });
    queue.set('email', 'nope');
    queue.set('city', 'Berlin');
    await vi.advanceTimersByTimeAsync(100);

    expect(server.stored).toEqual({ city: 'Berlin' });
    expect(queue.getSnapshot()).toMatchObject({
      status: 'error',
      pendingKeys: ['email'],
      errorsByKey: { email: ['Enter a valid e-mail address.'] },
    });

    queue.set('zip', '10115');
    await vi.advanceTimersByTimeAsync(100);
    expect(server.calls.at(-1)?.changes).toEqual([{ key: 'zip', value: '10115' }]);
    expect(server.calls.filter((call) => call.changes.some((change) => change.key === 'email'))).toHaveLength(1);

    queue.set('email', 'ada@example.com');
    expect(queue.getSnapshot().errorsByKey).toEqual({});
    await vi.advanceTimersByTimeAsync(100);
    expect(server.stored.email).toBe('ada@example.com');
    expect(queue.getSnapshot().status).toBe('saved');
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('should stop in error on a validation error it cannot tie to a sent key', async () => {
    const server = autoServer(() => {
      throw new KycValidationError(ENDPOINT, 400, {}, {}, ['Application is locked.']);
    });
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 0 });
    queue.set('a', 1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.calls).toHaveLength(1);
    expect(queue.getSnapshot()).toMatchObject({ status: 'error', pendingKeys: ['a'] });
  });
});

describe('createAutosaveQueue — flush, dispose and subscribers', () => {
  it('should save at once on flush and resolve when saved', async () => {
    const server = autoServer(() => {}, 50);
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 10_000 });
    queue.set('a', 1);
    let done = false;
    void queue.flush().then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(50);
    expect(done).toBe(true);
    expect(server.stored).toEqual({ a: 1 });
  });

  it('should resolve flush when the save failed for good, with the value still unsaved', async () => {
    const server = autoServer(() => {
      throw new KycUnauthorizedError('Forbidden', ENDPOINT, 403);
    });
    const queue = createAutosaveQueue({ save: server.save });
    queue.set('a', 1);
    const flushed = queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    await expect(flushed).resolves.toBeUndefined();
    expect(queue.hasUnsaved()).toBe(true);
    expect(queue.getSnapshot().status).toBe('error');
  });

  it('should flush through a slow save in flight and then send what was typed during it', async () => {
    const server = fakeServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 0 });
    queue.set('a', 1);
    await vi.advanceTimersByTimeAsync(0);
    queue.set('a', 2);
    const flushed = queue.flush();
    server.calls[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls[1]?.changes).toEqual([{ key: 'a', value: 2 }]);
    server.calls[1]?.resolve();
    await expect(flushed).resolves.toBeUndefined();
    expect(server.stored).toEqual({ a: 2 });
  });

  it('should resolve flush at once when nothing is pending', async () => {
    const queue = createAutosaveQueue({ save: autoServer().save });
    await expect(queue.flush()).resolves.toBeUndefined();
  });

  it('should stop saving on its own after dispose without losing the value', async () => {
    const server = autoServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 100 });
    queue.set('a', 1);
    queue.dispose();
    queue.set('b', 2);
    await vi.advanceTimersByTimeAsync(60_000);

    expect(server.calls).toHaveLength(0);
    expect(queue.hasUnsaved()).toBe(true);
    expect(queue.pendingValue('b')).toEqual({ value: 2 });

    await queue.flush();
    expect(server.stored).toEqual({ a: 1, b: 2 });
  });

  it('should keep the values of an aborted save when disposed with abort', async () => {
    const server = fakeServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 0 });
    queue.set('a', 1);
    await vi.advanceTimersByTimeAsync(0);
    queue.dispose({ abort: true });
    expect(server.calls[0]?.signal.aborted).toBe(true);
    server.calls[0]?.reject(new DOMException('Aborted', 'AbortError'));
    await vi.advanceTimersByTimeAsync(0);

    expect(queue.hasUnsaved()).toBe(true);
    expect(queue.pendingValue('a')).toEqual({ value: 1 });
    expect(queue.getSnapshot().lastError).toBeUndefined();
  });

  it('should resolve a flush waiting for a retry when disposed, reporting the error', async () => {
    const server = autoServer(() => {
      throw network();
    });
    const queue = createAutosaveQueue({ save: server.save, retry: noRetryJitter });
    queue.set('a', 1);
    const flushed = queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    queue.dispose();
    await expect(flushed).resolves.toBeUndefined();
    expect(queue.getSnapshot().status).toBe('error');
    expect(queue.hasUnsaved()).toBe(true);
  });

  it('given a save in flight when disposed / should not retry it when it fails, even as time passes', async () => {
    const server = fakeServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 0, retry: noRetryJitter, random: () => 0 });
    queue.set('a', 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(1);

    queue.dispose();
    server.calls[0]?.reject(network());
    await vi.advanceTimersByTimeAsync(60_000);

    expect(server.calls).toHaveLength(1);
    expect(queue.getSnapshot()).toMatchObject({ status: 'error', pendingKeys: ['a'] });
    expect(queue.pendingValue('a')).toEqual({ value: 1 });
  });

  it('should notify subscribers with a new snapshot on change and the same one otherwise', async () => {
    const server = autoServer();
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 100 });
    const listener = vi.fn();
    const unsubscribe = queue.subscribe(listener);
    const before = queue.getSnapshot();
    expect(queue.getSnapshot()).toBe(before);
    expect(before.status).toBe('idle');

    queue.set('a', 1);
    expect(listener).toHaveBeenCalled();
    const after = queue.getSnapshot();
    expect(after).not.toBe(before);
    expect(before.pendingKeys).toEqual([]);
    expect(after.pendingKeys).toEqual(['a']);

    unsubscribe();
    listener.mockClear();
    queue.set('b', 1);
    expect(listener).not.toHaveBeenCalled();
  });

  it('should pass each save result and its changes to onSaved', async () => {
    const onSaved = vi.fn();
    const queue = createAutosaveQueue({ save: async () => ({ uuid: 'app-1' }), debounceMs: 0, onSaved });
    queue.set('a', 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(onSaved).toHaveBeenCalledWith({ uuid: 'app-1' }, [{ key: 'a', value: 1 }]);
  });
});

describe('createAutosaveQueue — a server that keeps refusing', () => {
  it('should stop in error instead of resending forever when every resend is refused again', async () => {
    let round = 0;
    const server = autoServer((changes) => {
      round += 1;
      // Blames a different key each time, and never the same one twice.
      const blamed = changes[0]?.key ?? 'none';
      if (round < 100) throw new KycValidationError(ENDPOINT, 400, {}, { [blamed]: ['No.'] }, []);
    });
    const queue = createAutosaveQueue({ save: server.save, debounceMs: 0 });
    for (let index = 0; index < 20; index += 1) queue.set(`key_${index}`, index);
    await vi.advanceTimersByTimeAsync(0);

    expect(server.calls.length).toBeLessThanOrEqual(7);
    expect(queue.getSnapshot().status).toBe('error');
    expect(queue.hasUnsaved()).toBe(true);
  });
});
