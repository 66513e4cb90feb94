/**
 * Keeps one SumSub access token and renews it on demand, for the WebSDK's `expirationHandler`.
 */

/** What {@link createTokenRefresher} returns. */
export interface TokenRefresher {
  /** The cached token, or a newly fetched one (`renew=false`) when there is none. */
  get(): Promise<string>;
  /**
   * Fetches a new token (`renew=true`). Concurrent calls share one request. Rejects when the fetch
   * fails: it never resolves with the stale token. A later call tries again.
   */
  refresh(): Promise<string>;
  /** The cached token, if any, without fetching. */
  current(): string | undefined;
}

/**
 * Creates a token cache around `fetchToken` (for example a read of the liveness attribute with
 * `ttl_renew` set to `renew`).
 *
 * - `get()` while a fetch is running shares that fetch (a running refresh included).
 * - `refresh()` while a refresh is running shares it; while a plain `get()` fetch is running it starts
 *   a renewing fetch anyway, and the older fetch's token is then ignored.
 * - After a failed refresh the refused token is forgotten, and the next `get()` fetches with
 *   `renew=true`, because the server could otherwise hand back the token SumSub stopped accepting.
 *
 * @example
 * const tokens = createTokenRefresher((renew) => client.getLivenessToken(appId, { renew }));
 * <SumsubWebSdk accessToken={await tokens.get()} expirationHandler={tokens.refresh} />
 */
export function createTokenRefresher(fetchToken: (renew: boolean) => Promise<string>): TokenRefresher {
  let token: string | undefined;
  let mustRenew = false;
  let running: { promise: Promise<string>; renew: boolean } | undefined;
  let generation = 0;

  const start = (renew: boolean): Promise<string> => {
    const mine = ++generation;
    const promise = Promise.resolve()
      .then(() => fetchToken(renew))
      .then((fresh) => {
        if (typeof fresh !== 'string' || fresh === '') throw new Error('No access token was returned.');
        return fresh;
      })
      .then(
        (fresh) => {
          if (mine === generation) {
            token = fresh;
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
      return start(mustRenew);
    },
    refresh() {
      if (running?.renew) return running.promise;
      return start(true);
    },
    current() {
      return token;
    },
  };
}
