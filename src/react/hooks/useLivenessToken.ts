/**
 * The SumSub liveness access token of one application, for the embedded WebSDK: React binding of
 * `createTokenRefresher`. The first token is read without renewing; `refresh` (the SDK's
 * `expirationHandler`) asks for a renewed one (`ttl_renew=true`), one request at a time and at most 3 in
 * 10 seconds. A renewal that fails, is refused again or hands back the refused token ends the session:
 * the SDK is told (its handler rejects), and the field shows a message with Retry, which starts a new
 * session with a renewed token.
 *
 * A token that could not be had is a failure the client sees: it goes to `onError` with during
 * `liveness`, once per failed request while the hook is mounted.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { LivenessTokenError, createTokenRefresher, type TokenRefresher } from '../../core/tokenRefresher';
import { useKyc } from '../context/KycContext';
import { useLatest } from './useLatest';

export interface UseLivenessTokenOptions {
  /** Fetch nothing while false (the check is not started, or is done). Default true. */
  enabled?: boolean | undefined;
}

export interface UseLivenessTokenResult {
  /** `idle` until enabled; `error` when a session could not start or could not go on. */
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The token to start the SDK with; later tokens reach the SDK only through `refresh`. */
  token: string | null;
  /** `start`: no first token; `interrupted`: the session ended (renewal failed or refused again). */
  failure: 'start' | 'interrupted' | null;
  /** Why the last session could not start or go on. */
  error: unknown;
  /** Increases each time `retry` starts a new session after an interruption: mount a new SDK for it. */
  session: number;
  /** A renewed token for the SDK's `expirationHandler`; concurrent calls share one request. Stable. */
  refresh: () => Promise<string>;
  /** After a failure: fetch the first token again, or start a new session with a renewed token. */
  retry: () => void;
}

interface TokenState {
  refresher: TokenRefresher;
  status: UseLivenessTokenResult['status'];
  token: string | null;
  failure: UseLivenessTokenResult['failure'];
  error: unknown;
  session: number;
}

/** A renewed token refused within this long (at most half its lifetime) was refused again. */
const REFUSED_AGAIN_MS = 30_000;

/**
 * @example
 * const live = useLivenessToken(applicationUuid, 'sumsub_liveness_check_token', { enabled: started });
 * {live.token && <SumsubWebSdk key={live.session} accessToken={live.token} expirationHandler={live.refresh} />}
 */
export function useLivenessToken(
  applicationUuid: string,
  key: string,
  options: UseLivenessTokenOptions = {},
): UseLivenessTokenResult {
  const enabled = options.enabled ?? true;
  const { client, sumsub, emit, report } = useKyc();
  const latest = useLatest({ sumsub, emit, report });

  const refresher = useMemo(
    () =>
      createTokenRefresher(
        async (renew) => {
          const { ttlMin, ttlMax } = latest.current.sumsub;
          const attribute = await client.getAttribute(applicationUuid, key, { ttlMin, ttlMax, ttlRenew: renew });
          if (typeof attribute.value !== 'string') throw new Error('The liveness attribute holds no access token.');
          return attribute.value;
        },
        { refusedAgainMs: Math.min(REFUSED_AGAIN_MS, ((latest.current.sumsub.ttlMax ?? 3600) * 1000) / 2) },
      ),
    [client, applicationUuid, key, latest],
  );
  // A request waiting for its turn must not outlive the field.
  useEffect(() => () => refresher.dispose(), [refresher]);

  const [state, setState] = useState<TokenState>(() => initial(refresher));
  // A new application or key starts over (state adjusted during render, as React recommends).
  const current = state.refresher === refresher ? state : initial(refresher);
  if (current !== state) setState(current);

  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const update = useCallback(
    (patch: Partial<TokenState> | ((prev: TokenState) => Partial<TokenState>)) => {
      if (!mounted.current) return;
      setState((prev) =>
        prev.refresher === refresher ? { ...prev, ...(typeof patch === 'function' ? patch(prev) : patch) } : prev,
      );
    },
    [refresher],
  );
  const fail = useCallback(
    (failure: 'start' | 'interrupted', error: unknown) => {
      if (error instanceof LivenessTokenError && error.reason === 'stopped') return; // the field is gone
      update({ status: 'error', failure, error });
      if (mounted.current) latest.current.report.failed(error, 'liveness');
    },
    [update, latest],
  );

  /** A first token (`get`), or after an interruption a renewed one for a new frame (`restart`). */
  const begin = useCallback(
    (restart: boolean) => {
      update({ status: 'loading', failure: null, error: null });
      (restart ? refresher.restart() : refresher.get()).then(
        (token) => update((prev) => ({ status: 'ready', token, session: prev.session + (restart ? 1 : 0) })),
        (error: unknown) => fail(restart ? 'interrupted' : 'start', error),
      );
    },
    [refresher, update, fail],
  );

  const shouldLoad = enabled && current.status === 'idle';
  useEffect(() => {
    if (shouldLoad) begin(false);
  }, [shouldLoad, begin]);

  const handled = useRef<Promise<string> | null>(null);
  const refresh = useCallback((): Promise<string> => {
    const promise = refresher.refresh();
    if (handled.current === promise) return promise; // a concurrent call: already handled once
    handled.current = promise;
    promise.then(
      () => latest.current.emit({ type: 'liveness_token_refreshed', attributeKey: key }),
      (error: unknown) => fail('interrupted', error),
    );
    return promise;
  }, [refresher, key, latest, fail]);

  const restart = current.failure === 'interrupted';
  const retry = useCallback(() => begin(restart), [begin, restart]);
  const { refresher: _, ...visible } = current;
  return { ...visible, refresh, retry };
}

function initial(refresher: TokenRefresher): TokenState {
  return { refresher, status: 'idle', token: null, failure: null, error: null, session: 0 };
}
