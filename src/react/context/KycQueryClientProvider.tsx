/**
 * Which react-query client the widget uses, decided in this one place for `<KycProvider>` (and so for
 * `<KycFlow>`): the partner's `queryClient` prop, else the client of a `QueryClientProvider` above, else a
 * private one, whose cache is cleared once the widget is really gone. Whichever it is, the widget's
 * queries (keys starting with `'kyc'`) keep the widget's defaults, so a partner's client with
 * react-query's own defaults (refetch on focus, three retries) changes nothing.
 */
import { QueryClient, QueryClientContext, QueryClientProvider, type QueryObserverOptions } from '@tanstack/react-query';
import { useContext, useEffect, useState, type ReactNode } from 'react';

/**
 * What suits a form holding personal data: nothing refetches over unsaved input (no refetch on window
 * focus or reconnect), answers are fresh for 30 s, and react-query retries nothing (the API client
 * retries idempotent reads itself, with backoff, and never a refused request).
 */
const WIDGET_QUERY_DEFAULTS = {
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
  staleTime: 30_000,
  retry: false,
} satisfies Partial<QueryObserverOptions>;

/**
 * A client with the widget's defaults for every query.
 *
 * @example
 * const queryClient = createKycQueryClient();
 * <KycFlow queryClient={queryClient} … />
 */
export function createKycQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: WIDGET_QUERY_DEFAULTS,
      mutations: { retry: false },
    },
  });
}

export interface KycQueryClientProviderProps {
  /** The partner's client; without one, the client of a `QueryClientProvider` above or a private one. */
  queryClient: QueryClient | undefined;
  children: ReactNode;
}

export function KycQueryClientProvider({ queryClient, children }: KycQueryClientProviderProps) {
  const above = useContext(QueryClientContext);
  const needsOwn = !queryClient && !above;
  const [own, setOwn] = useState(() => (needsOwn ? createKycQueryClient() : null));
  // The partner's client went away after mount: from now on, a private one.
  if (needsOwn && !own) setOwn(createKycQueryClient());
  usePrivateClientCleanup(own);
  const client = queryClient ?? above ?? own;
  if (!client) return null; // only on the render that makes the private client; React renders again at once
  keepWidgetDefaults(client);
  if (client === above) return children;
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

/**
 * The widget's defaults for its own queries in any client, set before its queries first read them (they
 * do during render). Idempotent: the same defaults for the same key prefix.
 */
function keepWidgetDefaults(client: QueryClient): void {
  if (configured.has(client)) return;
  configured.add(client);
  client.setQueryDefaults(['kyc'], WIDGET_QUERY_DEFAULTS);
}
const configured = new WeakSet<QueryClient>();

/**
 * An unmounted widget must not keep the client's answers in memory (nor react-query's clean-up timers):
 * clear the private cache once the widget is really gone. The clear waits a tick so StrictMode's
 * simulated unmount and remount keeps the cache.
 */
function usePrivateClientCleanup(client: QueryClient | null) {
  useEffect(() => {
    if (!client) return;
    mountCounts.set(client, (mountCounts.get(client) ?? 0) + 1);
    return () => {
      mountCounts.set(client, (mountCounts.get(client) ?? 1) - 1);
      setTimeout(() => {
        if ((mountCounts.get(client) ?? 0) === 0) client.clear();
      }, 0);
    };
  }, [client]);
}
const mountCounts = new WeakMap<QueryClient, number>();
