/**
 * Exponential backoff with jitter: the delay before a retry (client reads, the autosave queue) or the
 * next look at an application that is being watched.
 */

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
