/**
 * Entry `react-kyc-flow/server`: the partner's backend proxy between the widget and the KYC API, on the
 * Fetch standard (Next.js route handlers, Hono, Bun, Deno, Cloudflare Workers), with an adapter for
 * node:http and Express. React-free; see docs/server-proxy.md.
 */
export { createKycProxy } from './createKycProxy';
export type { KycProxyHandler } from './createKycProxy';
export { toNodeHandler } from './toNodeHandler';
export type { NodeRequestLike, NodeResponseLike } from './toNodeHandler';
export { createMemoryStore } from './memoryStore';
export type { KycProxyStore, MemoryStoreOptions } from './memoryStore';
export { DEFAULT_MAX_JSON_BYTES, DEFAULT_MAX_UPLOAD_BYTES } from './proxyOptions';
export type { KycProxyClient, KycProxyCredentials, KycProxyLogEntry, KycProxyOptions } from './proxyOptions';
export type { ProxyRouteName } from './routes';
export { createHandoffToken, verifyHandoffToken, DEFAULT_HANDOFF_TTL_SECONDS } from './handoffToken';
export type {
  CreateHandoffTokenOptions,
  HandoffClaims,
  HandoffVerdict,
  VerifyHandoffTokenOptions,
} from './handoffToken';
export { HANDOFF_HEADER, HANDOFF_QUERY } from './handoffAccess';
export type { KycProxyHandoffOptions } from './proxyOptions';
