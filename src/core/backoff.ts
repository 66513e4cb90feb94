/**
 * Exponential backoff: the delay helper used by the autosave queue's retries, and a DOM-free poller
 * for "watch until decided" (for example an application in review).
 */
import { isTransientError } from './errors';

/** Options of {@link backoffDelay}. */
export interface BackoffOptions {
  /** Delay before the first retry (attempt 0), in ms. */
  baseMs: number;
  /** Upper bound of any delay, in ms. */
  maxMs: number;
  /**
   * Share of the delay that is randomised, from 0 (none) to 1 ("full jitter"). With 0.5 the delay
   * is between half and all of the exponential value. Default 0.5.
   */
  jitter?: number;
  /** Growth per attempt. Default 2. */
  factor?: number;
  /** Random source in [0, 1); injectable for tests. Default `Math.random`. */
  random?: () => number;
}

/**
 * The delay before retry number `attempt` (0 for the first retry): `baseMs * factor^attempt`,
 * capped at `maxMs`, then reduced by up to `jitter` of itself so that many clients that failed
 * together do not retry together.
 *
 * @example backoffDelay(2, { baseMs: 500, maxMs: 10_000, jitter: 0 }) // 2000
 */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const { baseMs, maxMs, jitter = 0.5, factor = 2, random = Math.random } = options;
  const safeAttempt = Math.max(0, Math.floor(attempt));
  const exponential = Math.min(maxMs, baseMs * Math.pow(factor, safeAttempt));
  const share = Math.min(1, Math.max(0, jitter));
  return Math.max(0, Math.round(exponential * (1 - share * random())));
}

/** Options of {@link watchWithBackoff}. */
export interface WatchOptions {
  /** Delay after the first check, in ms. */
  initialMs: number;
  /** Longest delay between two checks, in ms. */
  maxMs: number;
  /** Growth of the delay after each check that is not done. Default 1.5. */
  factor?: number;
  /** Stops watching; the returned promise then resolves with `'aborted'`. */
  signal?: AbortSignal;
  /**
   * Whether the page is hidden (pass `() => document.hidden` in a browser). While hidden, no check
   * runs; the watch resumes with an immediate check when the page is visible again.
   */
  isHidden?: () => boolean;
  /**
   * Subscribes to visibility changes (for example `visibilitychange` on `document`); returns an
   * unsubscribe function. Without it, a hidden page is looked at again after each delay.
   */
  onVisibilityChange?: (listener: () => void) => () => void;
  /**
   * Whether a failed check should be tried again (with the same backoff). Default: transient API
   * errors (network, timeout, 5xx) are retried; any other error rejects the watch.
   */
  shouldRetry?: (error: unknown) => boolean;
}

/**
 * Calls `check` now, then again after growing delays (`initialMs`, `initialMs * factor`, … capped at
 * `maxMs`) until it returns `true` or the signal aborts. Pauses while `isHidden()` is true.
 *
 * Resolves `'done'` or `'aborted'`; rejects with the error of a check that `shouldRetry` refuses.
 * The signal passed to `check` aborts when the watch is aborted.
 *
 * @example
 * const outcome = await watchWithBackoff(async (signal) => isDecided(await client.getApplication(id, { signal })),
 *   { initialMs: 2000, maxMs: 30_000, signal, isHidden: () => document.hidden });
 */
export function watchWithBackoff(
  check: (signal: AbortSignal) => Promise<boolean>,
  options: WatchOptions,
): Promise<'done' | 'aborted'> {
  const { initialMs, maxMs, factor = 1.5, signal, isHidden, onVisibilityChange } = options;
  const shouldRetry = options.shouldRetry ?? isTransientError;
  const controller = new AbortController();

  return new Promise((resolve, reject) => {
    let delay = initialMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribeVisibility: (() => void) | undefined;
    let finished = false;

    const finish = (outcome: 'done' | 'aborted' | { error: unknown }) => {
      if (finished) return;
      finished = true;
      if (timer !== undefined) clearTimeout(timer);
      unsubscribeVisibility?.();
      signal?.removeEventListener('abort', onAbort);
      if (typeof outcome === 'string') resolve(outcome);
      else reject(outcome.error);
    };
    const onAbort = () => {
      controller.abort(signal?.reason);
      finish('aborted');
    };

    const wait = (ms: number) => {
      timer = setTimeout(() => {
        timer = undefined;
        void tick();
      }, ms);
    };

    const waitUntilVisible = () => {
      if (!onVisibilityChange) {
        wait(delay);
        return;
      }
      let resumed = false;
      unsubscribeVisibility = onVisibilityChange(() => {
        if (resumed || finished || isHidden?.()) return;
        resumed = true;
        unsubscribeVisibility?.();
        unsubscribeVisibility = undefined;
        void tick();
      });
    };

    const tick = async () => {
      if (finished) return;
      if (isHidden?.()) {
        waitUntilVisible();
        return;
      }
      try {
        const done = await check(controller.signal);
        if (finished) return;
        if (done) {
          finish('done');
          return;
        }
      } catch (error) {
        if (finished) return;
        if (!shouldRetry(error)) {
          finish({ error });
          return;
        }
      }
      wait(delay);
      delay = Math.min(maxMs, delay * factor);
    };

    if (signal?.aborted) {
      finish('aborted');
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    void tick();
  });
}
