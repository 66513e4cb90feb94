/**
 * The two timers of the autosave queue: the debounce that waits for a quiet moment after the last change
 * (but no longer than `maxWaitMs` after the first unsaved one), and the delay before an automatic retry.
 * Internal to `autosaveQueue.ts`.
 */

type Timer = ReturnType<typeof setTimeout>;

export interface DebounceOptions {
  debounceMs: number;
  maxWaitMs: number;
  now: () => number;
  /** The wait is over. */
  onDue: () => void;
}

export interface Debounce {
  /** Waits again after a change; the first change since the last save starts the `maxWaitMs` budget. */
  schedule(): void;
  /** Stops waiting and forgets the first change's time. */
  cancel(): void;
}

export function createDebounce({ debounceMs, maxWaitMs, now, onDue }: DebounceOptions): Debounce {
  let timer: Timer | undefined;
  let firstDirtyAt: number | undefined;
  return {
    schedule() {
      const at = now();
      firstDirtyAt ??= at;
      clearTimeout(timer);
      const wait = Math.max(0, Math.min(debounceMs, firstDirtyAt + maxWaitMs - at));
      timer = setTimeout(() => {
        timer = firstDirtyAt = undefined;
        onDue();
      }, wait);
    },
    cancel() {
      clearTimeout(timer);
      timer = firstDirtyAt = undefined;
    },
  };
}

export interface RetryTimer {
  /** A retry is scheduled and has not run yet. */
  readonly waiting: boolean;
  start(delayMs: number): void;
  cancel(): void;
}

export function createRetryTimer(onRetry: () => void): RetryTimer {
  let timer: Timer | undefined;
  return {
    get waiting() {
      return timer !== undefined;
    },
    start(delayMs) {
      timer = setTimeout(() => {
        timer = undefined;
        onRetry();
      }, delayMs);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
