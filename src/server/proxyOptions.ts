/** The options of `createKycProxy`, what it asks of the partner, and what it reports. */
import type { KycProxyStore } from './memoryStore';
import type { ProxyRouteName } from './routes';

/** The customer a request acts for, from the partner's own session. */
export interface KycProxyClient {
  /** The partner's legal entity at the provider (`legal_entity_uuid`). */
  legalEntityUuid: string;
  /** The customer's KYC client at the provider (`client_uuid`). */
  clientUuid: string;
}

/** Headers that authenticate the partner at the provider, e.g. `{ Authorization: 'Bearer …' }`. */
export type KycProxyCredentials = Record<string, string> | Headers;

/** One line of the proxy's log: never a body, a query value, a uuid or a header. */
export interface KycProxyLogEntry {
  method: string;
  /** The contract route, e.g. `GET /v1/kyc/{uuid}/`; null when the path is not one. */
  route: ProxyRouteName | null;
  /** The status the browser got. */
  status: number;
  durationMs: number;
  /** Why the proxy answered by itself with a 5xx, as a code (never a message: messages can hold data). */
  failure?: 'resolve_client' | 'credentials' | 'upstream_timeout' | 'upstream_unreachable' | undefined;
}

export interface KycProxyOptions {
  /**
   * The provider's API, e.g. `https://kyc.provider.example` (routes `/v1/…` are appended). Missing or not
   * an absolute http(s) URL, `createKycProxy` throws at once (so `process.env.KYC_API_URL` can go in as is).
   */
  apiBaseUrl: string | undefined;
  /** Where the proxy is mounted on the partner's origin, e.g. `/kyc` (the widget's `apiBaseUrl`). */
  basePath: string;
  /** The partner's credentials for the provider, added to every upstream call. Awaited each time. */
  getCredentials: () => KycProxyCredentials | Promise<KycProxyCredentials>;
  /**
   * The customer this browser request acts for, from the partner's own session (check the session and,
   * for cookie sessions, a CSRF token here). `null` or `undefined` answers 401.
   */
  resolveClient: (request: Request) => KycProxyClient | null | undefined | Promise<KycProxyClient | null | undefined>;
  /** Largest JSON request body, in bytes; larger ones get 413. Default 64 KiB. */
  maxJsonBytes?: number | undefined;
  /** Largest upload (the whole multipart body of `POST /v1/documents/files/`), in bytes. Default 20 MiB. */
  maxUploadBytes?: number | undefined;
  /** An upstream call with no complete answer after this long gets 504. Default 15 000 ms. */
  timeoutMs?: number | undefined;
  /** The same for uploads. Default 100 000 ms (the widget gives an upload 120 s). */
  uploadTimeoutMs?: number | undefined;
  /**
   * The origin the browser reaches the proxy on, e.g. `https://partner.example`, for rewritten pagination
   * links. Default: the request's own origin (set this behind a load balancer that changes host or scheme).
   */
  publicOrigin?: string | undefined;
  /**
   * Where the proxy remembers which files each client uploaded and which applications it owns. Default:
   * a bounded store in this process's memory (per instance: see docs/server-proxy.md for several instances).
   */
  store?: KycProxyStore | undefined;
  /** The `fetch` for upstream calls. Default: the global one. */
  fetch?: typeof fetch | undefined;
  /**
   * Lets the customer continue the document and liveness steps on their phone (docs/server-proxy.md,
   * "Continue on a phone"): adds `POST {basePath}/handoff/`, which mints a token for the signed-in
   * customer, and accepts such a token (`X-Kyc-Handoff` header or `?handoff=`) in place of the session on
   * those steps' routes of that one application. Off without it.
   */
  handoff?: KycProxyHandoffOptions | undefined;
  /** Receives one entry per request, with nothing personal in it. */
  onLog?: ((entry: KycProxyLogEntry) => void) | undefined;
}

export interface KycProxyHandoffOptions {
  /** The secret tokens are signed with: at least 32 bytes, kept on the server (e.g. an env variable). */
  secret: string | Uint8Array;
  /** How long a token works, in seconds (30–3 600). Default 600. */
  ttlSeconds?: number | undefined;
  /**
   * The partner's page that continues the flow on a phone, e.g. `https://partner.example/kyc/phone`: the
   * mint route then also answers the link (`url`, this page with `?handoff=<token>`).
   */
  pageUrl?: string | undefined;
}

/** The options with their defaults applied. */
export interface ResolvedProxyOptions extends Omit<
  KycProxyOptions,
  | 'maxJsonBytes'
  | 'maxUploadBytes'
  | 'timeoutMs'
  | 'uploadTimeoutMs'
  | 'store'
  | 'fetch'
  | 'apiBaseUrl'
  | 'basePath'
  | 'handoff'
> {
  handoff: { secret: Uint8Array; ttlSeconds: number; pageUrl: string | undefined } | undefined;
  /** Without a trailing slash. */
  apiBaseUrl: string;
  /** Starting with a slash, without a trailing one (`''` at the root). */
  basePath: string;
  maxJsonBytes: number;
  maxUploadBytes: number;
  timeoutMs: number;
  uploadTimeoutMs: number;
  store: KycProxyStore;
  fetch: typeof fetch;
}

export const DEFAULT_MAX_JSON_BYTES = 64 * 1024;
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
