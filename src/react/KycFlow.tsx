/**
 * `<KycFlow>`: the whole KYC flow in one component. It reads the client's level, continues the last
 * application or lets the client pick a level and creates one, renders the questionnaire step by
 * step with autosave and signatures, sends it to review and shows the result.
 *
 * @example
 * import { KycFlow } from 'react-kyc-flow';
 * import 'react-kyc-flow/styles.css';
 *
 * <KycFlow apiBaseUrl="https://partner.example/kyc" legalEntityUuid={le} clientUuid={client} />
 */
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type CSSProperties, type ReactNode } from 'react';
import { KycProvider, useKyc, type KycProviderProps } from './context/KycContext';
import { FlowRoot } from './flow/FlowRoot';
import { FocusPolicyProvider, useInteractionTracker } from './flow/focusPolicy';
import { themeToStyle, type KycTheme } from './theme';

export interface KycFlowProps extends Omit<KycProviderProps, 'children'> {
  /** Continue this application instead of the client's last one (`null` or absent: the last one). */
  applicationUuid?: string | null | undefined;
  /**
   * The react-query client to use. Without one the widget keeps a private client whose defaults suit
   * a form holding personal data: no refetch on window focus, no retries on 4xx.
   */
  queryClient?: QueryClient | undefined;
  /** Colours, font, radius, spacing and colour scheme, as CSS custom properties on the widget root. */
  theme?: KycTheme | undefined;
  /** Extra class name on the widget root. */
  className?: string | undefined;
}

/** Defaults for the private query client: nothing refetches over unsaved input; 4xx are not retried. */
export function createKycQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        staleTime: 30_000,
        // The API client already retries idempotent reads on transient faults, with backoff.
        retry: false,
      },
      mutations: { retry: false },
    },
  });
}

export function KycFlow(props: KycFlowProps) {
  const { queryClient, theme, className, applicationUuid, ...provider } = props;
  const [privateClient] = useState(() => (queryClient ? null : createKycQueryClient()));
  usePrivateClientCleanup(privateClient);
  const content = (
    <KycProvider {...provider}>
      <FlowShell theme={theme} className={className}>
        <FlowRoot applicationUuid={applicationUuid ?? undefined} />
      </FlowShell>
    </KycProvider>
  );
  const client = queryClient ?? privateClient;
  return client ? <QueryClientProvider client={client}>{content}</QueryClientProvider> : content;
}

function FlowShell({
  theme,
  className,
  children,
}: {
  theme: KycTheme | undefined;
  className: string | undefined;
  children: ReactNode;
}) {
  const { t, dir, locale } = useKyc();
  useQueryClient(); // fail early with react-query's own message if no client is reachable
  const style: CSSProperties = themeToStyle(theme);
  const { interacted, handlers } = useInteractionTracker();
  return (
    <FocusPolicyProvider value={interacted}>
      <section
        {...handlers}
        className={['kyc-root', className].filter(Boolean).join(' ')}
        aria-label={t('flow.title')}
        dir={dir}
        lang={locale}
        style={style}
        data-color-scheme={theme?.colorScheme ?? 'light'}
      >
        {children}
      </section>
    </FocusPolicyProvider>
  );
}

/**
 * An unmounted widget must not keep the client's answers in memory (nor react-query's clean-up
 * timers): clear the private cache once the widget is really gone. The clear waits a tick so
 * StrictMode's simulated unmount and remount keeps the cache.
 */
function usePrivateClientCleanup(client: QueryClient | null) {
  useEffect(() => {
    if (!client) return;
    const mounted = mountCounts.get(client) ?? 0;
    mountCounts.set(client, mounted + 1);
    return () => {
      mountCounts.set(client, (mountCounts.get(client) ?? 1) - 1);
      setTimeout(() => {
        if ((mountCounts.get(client) ?? 0) === 0) client.clear();
      }, 0);
    };
  }, [client]);
}
const mountCounts = new WeakMap<QueryClient, number>();
