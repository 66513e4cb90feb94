/**
 * The props of `<KycProvider>` and what its context holds (`useKyc()`).
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { CaptureChecksOption } from '../../core/captureChecks';
import type { KycClient, KycClientOptions } from '../../core/client';
import type { HandoffLink } from '../../core/handoffLink';
import type { FieldComponents } from '../fields/fieldProps';
import type { MessageKey, Messages } from '../i18n/en';
import type { AutosaveSettings, ExitAction, FlowCallbacks, FlowReporter } from './callbacks';
import type { KycEvent } from './events';

/** The `sumsub` prop: how the liveness check (SumSub's WebSDK) is started and which links it may open. */
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

export interface HandoffOption {
  /** Mints a hand-off link for the current application (e.g. `POST /kyc/handoff/` on the partner's proxy). */
  createLink: (context: { applicationUuid: string }) => Promise<HandoffLink>;
}

/**
 * What `useKyc()` returns inside `<KycProvider>` or `<KycFlow>`: the API client, the locale and its
 * translator, and the channel to the partner's callbacks. For partners' own components in the widget's
 * context (a field passed through `components`, a layout of their own).
 *
 * @example
 * function Title() {
 *   const { t, dir } = useKyc();
 *   return <h2 dir={dir}>{t('flow.title')}</h2>;
 * }
 */
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
  /** The partner's exit action (`exitAction` prop), stable while its label is the same; absent: none. */
  exitAction?: ExitAction | undefined;
  /** "Continue on your phone" on the document and liveness steps; absent: not offered. */
  handoff?: HandoffOption | undefined;
  /** The partner's capture-check thresholds (`false`: no checks); absent: the defaults. */
  captureChecks?: CaptureChecksOption | undefined;
}

/**
 * The props of `<KycProvider>` (and, with `applicationUuid`, `theme` and `className`, of `<KycFlow>`):
 * where the API is, who the customer is (or nothing, when the backend proxy knows), the language, the
 * partner's callbacks and tuning. See docs/reference.md for each prop's default.
 */
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
  /**
   * Checks of each document photo before upload (sharp, no glare, not dark, large enough, card-shaped):
   * thresholds per kind (`card`, `passport`, `page`) over the defaults, or `false` for no checks.
   */
  captureChecks?: CaptureChecksOption | undefined;
  /**
   * Offers "Continue on your phone" on the document and liveness steps of a desktop: `createLink` returns
   * the link (with a hand-off token from `react-kyc-flow/server`, see docs/server-proxy.md) the panel shows
   * as a QR code, and optionally when it expires. Called each time the panel opens.
   */
  handoff?: HandoffOption | undefined;
  /** One typed event stream; payloads never contain personal data. */
  onEvent?: ((event: KycEvent) => void) | undefined;
  /**
   * The react-query client to use. Without one, the client of a `QueryClientProvider` above; without
   * that, a private client whose defaults suit a form holding personal data (`createKycQueryClient`: no
   * refetch on window focus, no retries), cleared when the widget unmounts.
   */
  queryClient?: QueryClient | undefined;
  children?: ReactNode;
}
