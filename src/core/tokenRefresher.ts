/**
 * Keeps one SumSub access token and renews it on demand, for the WebSDK's `expirationHandler`, without
 * ever minting tokens in a loop: requests are single-flight and rate-limited, and a renewed token that
 * is refused again (or a renewal that hands back the refused token) ends the session with an error
 * instead of asking again.
 */

/** Why the refresher gave up on a session: the customer's Retry (`restart`) starts a new one. */
export type LivenessTokenProblem =
  /** The token handed out by the last renewal was refused again soon after. */
  | 'refused_again'
  /** The renewal returned the very token that had just been refused. */
  | 'same_token'
  /** The refresher was disposed while a request was waiting for its turn. */
  | 'stopped';

/** A session the refresher will not continue; `reason` says why. Never carries a token. */
export class LivenessTokenError extends Error {
  readonly reason: LivenessTokenProblem;
  constructor(reason: LivenessTokenProblem) {
    super(MESSAGES[reason]);
    this.name = 'LivenessTokenError';
    this.reason = reason;
  }
}

const MESSAGES: Record<LivenessTokenProblem, string> = {
  refused_again: 'SumSub refused the renewed liveness token again; no further token is requested.',
  same_token: 'The renewed liveness token is the one SumSub had just refused.',
  stopped: 'The liveness token refresher was disposed.',
};

/** Options of {@link createTokenRefresher}. */
export interface TokenRefresherOptions {
  /** At most this many token requests start within `windowMs`; later ones wait their turn. Default 3. */
  limit?: number;
  /** Length of the rate-limit window in ms. Default 10 000. */
  windowMs?: number;
  /** A renewed token refused within this many ms of being handed out counts as refused again. Default 30 000. */
  refusedAgainMs?: number;
  /** The clock (ms). Default `Date.now`. */
  now?: () => number;
}

/** What {@link createTokenRefresher} returns. */
export interface TokenRefresher {
  /** The cached token, or a newly fetched one when there is none (renewing after a failed refresh). */
  get(): Promise<string>;
  /**
   * The frame refused the current token: fetch a renewed one (`renew=true`). Concurrent calls share one
   * request. Rejects when the fetch fails, with {@link LivenessTokenError} when the refused token came
   * from a renewal moments ago or the renewal returns it again; never resolves with the refused token.
   */
  refresh(): Promise<string>;
  /** The customer's Retry after a session ended: a renewed token for a new frame (rate-limited, not refused-again checked). */
  restart(): Promise<string>;
  /** The cached token, if any, without fetching. */
  current(): string | undefined;
  /** Milliseconds until another request may start (0 when one may start now). */
  waitMs(): number;
  /** Cancel a request waiting for its turn (it rejects with reason `stopped`); later calls still work. */
  dispose(): void;
}

interface Running {
  promise: Promise<string>;
  renew: boolean;
}

/**
 * Creates a token cache around `fetchToken` (for example a read of the liveness attribute with
 * `ttl_renew` set to `renew`).
 *
 * - `get()` while a request is running or waiting shares it; `refresh()` shares a running renewal.
 * - At most `limit` requests start per `windowMs`; a request over the limit waits (back-off), it is not dropped.
 * - After a failed renewal the refused token is forgotten, and the next `get()` renews, because the
 *   server could otherwise hand back the token SumSub stopped accepting.
 *
 * @example
 * const tokens = createTokenRefresher((renew) => client.getLivenessToken(appId, { renew }));
 * <SumsubWebSdk accessToken={await tokens.get()} expirationHandler={tokens.refresh} />
 */
export function createTokenRefresher(
  fetchToken: (renew: boolean) => Promise<string>,
  options: TokenRefresherOptions = {},
): TokenRefresher {
  const { limit = 3, windowMs = 10_000, refusedAgainMs = 30_000, now = Date.now } = options;
  let token: string | undefined;
  /** When `token` was handed out, and whether it came from a renewal. */
  let handedOut = { at: 0, renewed: false };
  let mustRenew = false;
  /** The last token the frame refused, so a renewal that returns it again is caught. */
  let refusedToken: string | undefined;
  let running: Running | undefined;
  let generation = 0;
  const started: number[] = [];
  const waiting = new Set<{ timer: ReturnType<typeof setTimeout>; reject: (error: unknown) => void }>();

  const waitMs = () => {
    const recent = started.filter((at) => now() - at < windowMs);
    started.splice(0, started.length, ...recent);
    const oldest = recent.length >= limit ? recent[recent.length - limit] : undefined;
    return oldest === undefined ? 0 : Math.max(0, oldest + windowMs - now());
  };

  /** Resolves when a request may start under the rate limit. */
  const turn = (): Promise<void> => {
    const delay = waitMs();
    if (delay === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const entry = {
        timer: setTimeout(() => {
          waiting.delete(entry);
          resolve(turn());
        }, delay),
        reject,
      };
      waiting.add(entry);
    });
  };

  const start = (renew: boolean, refused: string | undefined): Promise<string> => {
    const mine = ++generation;
    const promise = turn()
      .then(() => {
        started.push(now());
        return fetchToken(renew);
      })
      .then((fresh) => {
        if (typeof fresh !== 'string' || fresh === '') throw new Error('No access token was returned.');
        if (refused !== undefined && fresh === refused) throw new LivenessTokenError('same_token');
        return fresh;
      })
      .then(
        (fresh) => {
          if (mine === generation) {
            token = fresh;
            handedOut = { at: now(), renewed: renew };
            mustRenew = false;
          }
          return fresh;
        },
        (error: unknown) => {
          if (mine === generation && renew) {
            token = undefined;
            mustRenew = true;
          }
          throw error;
        },
      );
    running = { promise, renew };
    const settle = () => {
      if (running?.promise === promise) running = undefined;
    };
    promise.then(settle, settle);
    return promise;
  };

  return {
    get() {
      if (token !== undefined) return Promise.resolve(token);
      if (running) return running.promise;
      return start(mustRenew, undefined);
    },
    refresh() {
      if (running?.renew) return running.promise;
      const refused = token;
      if (refused !== undefined) refusedToken = refused;
      if (refused !== undefined && handedOut.renewed && now() - handedOut.at < refusedAgainMs) {
        token = undefined;
        mustRenew = true;
        return Promise.reject(new LivenessTokenError('refused_again'));
      }
      return start(true, refused ?? refusedToken);
    },
    restart() {
      if (running?.renew) return running.promise;
      return start(true, token ?? refusedToken);
    },
    current() {
      return token;
    },
    waitMs,
    dispose() {
      for (const entry of waiting) {
        clearTimeout(entry.timer);
        entry.reject(new LivenessTokenError('stopped'));
      }
      waiting.clear();
    },
  };
}
