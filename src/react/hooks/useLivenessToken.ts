/**
 * The SumSub liveness access token of one application, for the embedded WebSDK: React binding of
 * `createTokenRefresher`. The first token is read without renewing; `refresh` (the SDK's
 * `expirationHandler`) asks for a new one with `ttl_renew=true`, one request at a time, and rejects
 * when that fails rather than hand back a token SumSub has stopped accepting.
 *
 * A token that could not be had (the first one, or a renewal) is a failure the client sees: it goes
 * to `onError` with during `liveness`, once per failed request while the hook is mounted.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createTokenRefresher, type TokenRefresher } from '../../core/tokenRefresher';
import { useKyc } from '../context/KycContext';
import { useLatest } from './useLatest';

export interface UseLivenessTokenOptions {
  /** Fetch nothing while false (the field is not on screen, or the check is done). Default true. */
  enabled?: boolean | undefined;
}

export interface UseLivenessTokenResult {
  /** `idle` until enabled; `error` when the first token could not be had. */
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The token to start the SDK with; later tokens reach the SDK only through `refresh`. */
  token: string | null;
  /** Why the first token could not be had. */
  error: unknown;
  /** Why the last `refresh` failed; null once one succeeds. */
  refreshError: unknown;
  /**
   * Increases each time `retry` replaces a session whose refresh failed: mount a new SDK for it (the
   * old frame cannot take a token any more).
   */
  session: number;
  /** A renewed token (`ttl_renew=true`); concurrent calls share one request; rejects on failure. Stable. */
  refresh: () => Promise<string>;
  /** After a failure: fetch the first token again, or a renewed one after a failed refresh. */
  retry: () => void;
}

interface TokenState {
  status: UseLivenessTokenResult['status'];
  token: string | null;
  error: unknown;
  refreshError: unknown;
  session: number;
}

/**
 * @example
 * const live = useLivenessToken(applicationUuid, 'sumsub_liveness_check_token', { enabled: onScreen });
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

  const refresher: TokenRefresher = useMemo(
    () =>
      createTokenRefresher(async (renew) => {
        const { ttlMin, ttlMax } = latest.current.sumsub;
        const attribute = await client.getAttribute(applicationUuid, key, { ttlMin, ttlMax, ttlRenew: renew });
        if (typeof attribute.value !== 'string') throw new Error('The liveness attribute holds no access token.');
        return attribute.value;
      }),
    [client, applicationUuid, key, latest],
  );

  const [state, setState] = useState<TokenState & { refresher: TokenRefresher }>(() => initial(refresher));
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
    (patch: Partial<TokenState>) => {
      if (mounted.current) setState((prev) => (prev.refresher === refresher ? { ...prev, ...patch } : prev));
    },
    [refresher],
  );

  const load = useCallback(() => {
    update({ status: 'loading', error: null });
    refresher.get().then(
      (token) => update({ status: 'ready', token }),
      (error: unknown) => {
        update({ status: 'error', error });
        if (mounted.current) latest.current.report.failed(error, 'liveness');
      },
    );
  }, [refresher, update, latest]);

  const shouldLoad = enabled && current.status === 'idle';
  useEffect(() => {
    if (shouldLoad) load();
  }, [shouldLoad, load]);

  const running = useRef<Promise<string> | null>(null);
  const refresh = useCallback((): Promise<string> => {
    const promise = refresher.refresh();
    if (running.current === promise) return promise; // a concurrent call: already handled once
    running.current = promise;
    promise.then(
      () => {
        update({ refreshError: null });
        latest.current.emit({ type: 'liveness_token_refreshed', attributeKey: key });
      },
      (error: unknown) => {
        update({ refreshError: error });
        if (mounted.current) latest.current.report.failed(error, 'liveness');
      },
    );
    return promise;
  }, [refresher, update, key, latest]);

  const retry = useCallback(() => {
    if (current.refreshError === null) {
      load();
      return;
    }
    refresh().then(
      (token) => update({ status: 'ready', token, session: current.session + 1 }),
      () => undefined, // the failure is already in refreshError
    );
  }, [current.refreshError, current.session, load, refresh, update]);

  return {
    status: current.status,
    token: current.token,
    error: current.error,
    refreshError: current.refreshError,
    session: current.session,
    refresh,
    retry,
  };
}

function initial(refresher: TokenRefresher): TokenState & { refresher: TokenRefresher } {
  return { refresher, status: 'idle', token: null, error: null, refreshError: null, session: 0 };
}
