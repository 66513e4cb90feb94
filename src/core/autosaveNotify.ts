/**
 * Who the autosave queue tells about a change: `flush()`/`sign()` callers waiting for their changes to
 * settle, and the partner's `onSaved` callback. Internal to `autosaveQueue.ts`.
 */

export interface Waiters {
  /** Whether anyone waits. */
  readonly waiting: boolean;
  /** Resolves once `settled(target)` holds at a `settle()` call. */
  add(target: number): Promise<void>;
  /** Resolves every waiter whose changes are settled now. */
  settle(): void;
}

export function createWaiters(settled: (target: number) => boolean): Waiters {
  const waiters: { target: number; resolve: () => void }[] = [];
  return {
    get waiting() {
      return waiters.length > 0;
    },
    add(target) {
      return new Promise((resolve) => waiters.push({ target, resolve }));
    },
    settle() {
      for (const waiter of [...waiters]) {
        if (!settled(waiter.target)) continue;
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    },
  };
}

/** Runs a partner callback; a bug in it must not break the queue, so it surfaces as an uncaught error. */
export function callSafely(callback: () => void): void {
  try {
    callback();
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}
