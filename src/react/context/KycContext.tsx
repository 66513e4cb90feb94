/**
 * The widget's context: the API client, the message catalogue, field replacements, SumSub settings
 * and the event stream. `<KycFlow>` provides it; partners who build their own layout use
 * `<KycProvider>` and the hooks and fields inside it.
 */
import { createContext, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { createKycClient, type KycClient, type KycClientOptions } from '../../core/client';
import { consentEvent } from '../../core/consent';
import { isKycError } from '../../core/errors';
import type { FieldComponents } from '../fields/fieldProps';
import { catalogueFor } from '../i18n/catalogueFor';
import type { MessageKey, Messages } from '../i18n/en';
import { formatMessage } from '../i18n/formatMessage';
import { useLatest } from '../hooks/useLatest';
import type { AutosaveSettings, FlowCallbacks, FlowReporter } from './callbacks';
import type { KycEvent } from './events';

export interface SumsubOptions {
  /** Origin of SumSub's WebSDK frame. Default SumSub's own; the sandbox passes its server origin. */
  baseUrl?: string | undefined;
  /** Minimum seconds a liveness token must still be valid when handed out. Default 600. */
  ttlMin?: number | undefined;
  /** Lifetime in seconds of a newly issued liveness token. Default 3600. */
  ttlMax?: number | undefined;
  /** Hosts a liveness link may point to (subdomains included). Default `sumsub.com`. */
  allowedHosts?: readonly string[] | undefined;
  /** Extra options passed to the SumSub WebSDK (`lang`, theme …). */
  sdkOptions?: Record<string, unknown> | undefined;
}

export interface KycContextValue {
  client: KycClient;
  clientType: string;
  locale: string;
  dir: 'ltr' | 'rtl';
  /** Translate a message key, filling `{placeholders}`. */
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  components: FieldComponents;
  sumsub: Required<Pick<SumsubOptions, 'ttlMin' | 'ttlMax' | 'allowedHosts'>> & SumsubOptions;
  /** Whether links to `http://localhost` may be opened (true only against the sandbox). */
  allowLocalhostLinks: boolean;
  emit: (event: KycEvent) => void;
  /** The partner's callbacks, reached through this one channel. */
  report: FlowReporter;
  /** Tuning of the answer saving; read when an application opens. */
  autosave: AutosaveSettings | undefined;
}

const KycContext = createContext<KycContextValue | null>(null);

export interface KycProviderProps extends FlowCallbacks {
  /** Base URL of the KYC API, usually the partner's own backend proxy. */
  apiBaseUrl: string;
  /** `legal_entity_uuid`; leave out when the backend proxy fills it in (`react-kyc-flow/server` does). */
  legalEntityUuid?: string | undefined;
  /** `client_uuid`; leave out when the backend proxy fills it in from the partner's own session. */
  clientUuid?: string | undefined;
  /** Default `individual`. */
  clientType?: string | undefined;
  /** Adds the partner's authentication headers to every API call. The latest function is called each time. */
  getHeaders?: KycClientOptions['getHeaders'];
  /**
   * A `fetch` to use instead of the global one. The latest one is used at each call; passing one where
   * there was none (or the reverse) makes a new API client.
   */
  fetch?: typeof fetch | undefined;
  /** Abort an API call with no answer after this many milliseconds. Default 20 000. Read at each call. */
  timeoutMs?: number | undefined;
  /**
   * Retries of idempotent reads on transient faults (network, timeout, 5xx); `false` turns them off.
   * Read once, when the API client is made: on mount, and when `apiBaseUrl`, `legalEntityUuid`,
   * `clientUuid` or `clientType` change. A later change alone has no effect.
   */
  retry?: KycClientOptions['retry'];
  /**
   * BCP 47 locale for the messages (built in: `en`, `de`, `fr`, `ar`; others fall back to English),
   * dates, numbers and the text direction (`rtl` for Arabic, Hebrew, Persian, Urdu). Default `en`.
   */
  locale?: string | undefined;
  /** Message overrides (any key of the catalogue); merged over the locale's catalogue. */
  messages?: Partial<Messages> | undefined;
  /** Replace the field component used for a kind of attribute. */
  components?: FieldComponents | undefined;
  sumsub?: SumsubOptions | undefined;
  /** One typed event stream; payloads never contain personal data. */
  onEvent?: ((event: KycEvent) => void) | undefined;
  children?: ReactNode;
}

const RTL_LANGUAGES = ['ar', 'he', 'fa', 'ur'];

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
  const [{ emit, report }] = useState(() => createChannel(latest));
  const value = useMemo<KycContextValue>(() => {
    const catalogue: Messages = { ...catalogueFor(locale), ...messages };
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
    };
  }, [client, clientType, locale, messages, components, sumsub, apiBaseUrl, emit, report, autosave]);

  return <KycContext.Provider value={value}>{props.children}</KycContext.Provider>;
}

/** The widget's context; throws a clear error outside `<KycProvider>` / `<KycFlow>`. */
export function useKyc(): KycContextValue {
  const value = useContext(KycContext);
  if (!value) throw new Error('useKyc must be used inside <KycProvider> or <KycFlow>.');
  return value;
}

/** The event stream and the callbacks, stable for the provider's life, always calling the latest props. */
function createChannel(latest: { readonly current: KycProviderProps }) {
  const emit = (event: KycEvent) => latest.current.onEvent?.(event);
  const report: FlowReporter = {
    statusChanged: (details) => latest.current.onStatusChange?.(details),
    stepChanged: (details) => latest.current.onStepChange?.(details),
    completed: (details) => latest.current.onComplete?.(details),
    failed: (error, during) => {
      const endpoint = isKycError(error) ? error.endpoint : undefined;
      emit({ type: 'error', kind: isKycError(error) ? error.kind : 'unknown', during, endpoint });
      const reported = error instanceof Error ? error : new Error(String(error));
      latest.current.onError?.(reported, { endpoint, during });
    },
    consented: (details) => {
      emit(consentEvent(details));
      latest.current.onConsent?.(details);
    },
  };
  return { emit, report };
}

function isLocalUrl(raw: string): boolean {
  try {
    const url = new URL(raw, typeof location === 'undefined' ? 'http://invalid' : location.href);
    return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

/** The same object as long as its JSON is the same (plain data props: messages, sumsub options). */
function useStable<T>(value: T): T {
  const ref = useRef<{ json: string; value: T } | null>(null);
  const json = JSON.stringify(value ?? null);
  if (!ref.current || ref.current.json !== json) ref.current = { json, value };
  return ref.current.value;
}

/** The same object as long as its entries are the same (component maps). */
function useShallowStable<T extends object | undefined>(value: T): T {
  const ref = useRef(value);
  const before = ref.current;
  const same =
    before === value ||
    (before !== undefined &&
      value !== undefined &&
      Object.keys(before).length === Object.keys(value).length &&
      Object.entries(value).every(([key, item]) => (before as Record<string, unknown>)[key] === item));
  if (!same) ref.current = value;
  return ref.current;
}
