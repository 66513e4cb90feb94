/**
 * The widget's context: the API client, the message catalogue, field replacements, SumSub settings
 * and the event stream, with a react-query client for what is below (the partner's, else a private
 * one: KycQueryClientProvider). `<KycFlow>` provides it; partners who build their own layout use
 * `<KycProvider>` and the hooks and fields inside it, with or without their own `QueryClientProvider`.
 */
import { createContext, useContext, useMemo, useState } from 'react';
import { createKycClient } from '../../core/client';
import type { Messages } from '../i18n/en';
import { formatMessage } from '../i18n/formatMessage';
import { useBuiltInMessages } from '../i18n/useBuiltInMessages';
import { useLatest } from '../hooks/useLatest';
import { useShallowStable, useStable } from '../hooks/useStable';
import { createChannel } from './createChannel';
import type { KycContextValue, KycProviderProps } from './kycContextTypes';
import { KycQueryClientProvider } from './KycQueryClientProvider';

export type { KycContextValue, KycProviderProps, SumsubOptions } from './kycContextTypes';

const KycContext = createContext<KycContextValue | null>(null);

const RTL_LANGUAGES = ['ar', 'he', 'fa', 'ur'];

/**
 * The widget's context without its screens: for partners who lay out the questions themselves with the
 * components of `react-kyc-flow/fields` and the hooks (`useKyc`, `useLevelInfo`, `useApplication`,
 * `useAutosaveQueue`). Works with or without a `QueryClientProvider` above it. Renders its children once
 * the locale's built-in messages have arrived (`loadMessages` fetches them earlier).
 *
 * @example
 * <KycProvider apiBaseUrl="/kyc" locale="de" onError={(error) => report(error)}>
 *   <MyOwnLayout />
 * </KycProvider>
 */
export function KycProvider(props: KycProviderProps) {
  const { apiBaseUrl, legalEntityUuid, clientUuid, clientType = 'individual', locale = 'en' } = props;
  const latest = useLatest(props);
  const hasCustomFetch = Boolean(props.fetch);

  const client = useMemo(
    () =>
      createKycClient({
        baseUrl: apiBaseUrl,
        legalEntityUuid,
        clientUuid,
        clientType,
        getHeaders: () => latest.current.getHeaders?.() ?? {},
        // Only wrap a partner's fetch: without one, uploads use XMLHttpRequest to report progress.
        fetch: hasCustomFetch ? (input, init) => (latest.current.fetch ?? globalThis.fetch)(input, init) : undefined,
        // A getter: the client reads its timeout at each call, so a new `timeoutMs` needs no new client.
        get timeoutMs() {
          return latest.current.timeoutMs;
        },
        get locale() {
          return latest.current.locale ?? 'en';
        },
        retry: props.retry,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- retry is read once per client (see its doc)
    [apiBaseUrl, legalEntityUuid, clientUuid, clientType, hasCustomFetch],
  );

  // Partners often pass inline objects; keep the context stable while their content is the same,
  // so an inline `sumsub={{…}}` or `onEvent` does not re-render (or re-run effects in) the whole flow.
  const messages = useStable(props.messages);
  const sumsub = useStable(props.sumsub);
  const components = useShallowStable(props.components);
  const autosave = useStable(props.autosave);
  // The exit action for the result screens: stable while its label is the same, calling the latest onSelect.
  const exitLabel = props.exitAction?.label;
  const exitAction = useMemo(
    () =>
      exitLabel === undefined ? undefined : { label: exitLabel, onSelect: () => latest.current.exitAction?.onSelect() },
    [exitLabel, latest],
  );
  const captureChecks = useStable(props.captureChecks);
  const hasHandoff = Boolean(props.handoff);
  const [{ emit, report }] = useState(() => createChannel(latest));
  // Each built-in catalogue is a chunk of its own: until the locale's has arrived nothing is rendered
  // (no keys, no flash of English in a German widget).
  const builtIn = useBuiltInMessages(locale);
  const value = useMemo<KycContextValue>(() => {
    const catalogue: Partial<Messages> = { ...builtIn, ...messages };
    const sumsubBase = sumsub?.baseUrl;
    return {
      client,
      clientType,
      locale,
      dir: RTL_LANGUAGES.includes(locale.split(/[-_]/)[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr',
      t: (key, values) => formatMessage(catalogue[key] ?? key, values, locale),
      components: components ?? {},
      sumsub: { ttlMin: 600, ttlMax: 3600, allowedHosts: ['sumsub.com'], ...sumsub },
      allowLocalhostLinks: isLocalUrl(apiBaseUrl) || (sumsubBase !== undefined && isLocalUrl(sumsubBase)),
      emit,
      report,
      autosave,
      exitAction,
      captureChecks,
      // A stable option that calls the partner's latest `createLink` (an inline one re-renders nothing).
      handoff: hasHandoff
        ? {
            createLink: (context) =>
              latest.current.handoff?.createLink(context) ?? Promise.reject(new Error('No hand-off')),
          }
        : undefined,
    };
  }, [
    client,
    clientType,
    locale,
    builtIn,
    messages,
    components,
    sumsub,
    apiBaseUrl,
    emit,
    report,
    autosave,
    exitAction,
    captureChecks,
    hasHandoff,
    latest,
  ]);

  return (
    <KycQueryClientProvider queryClient={props.queryClient}>
      <KycContext.Provider value={value}>{builtIn ? props.children : null}</KycContext.Provider>
    </KycQueryClientProvider>
  );
}

/** The widget's context; throws a clear error outside `<KycProvider>` / `<KycFlow>`. */
export function useKyc(): KycContextValue {
  const value = useContext(KycContext);
  if (!value) throw new Error('useKyc must be used inside <KycProvider> or <KycFlow>.');
  return value;
}

function isLocalUrl(raw: string): boolean {
  try {
    const url = new URL(raw, typeof location === 'undefined' ? 'http://invalid' : location.href);
    return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}
