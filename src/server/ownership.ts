/**
 * What belongs to a client: the applications it may act on (its level info's last application, or one it
 * just created through this proxy) and the files it uploaded through this proxy. Learnt from answers passing
 * through, checked upstream when unknown, and remembered for a while in the store.
 */
import type { KycProxyClient, ResolvedProxyOptions } from './proxyOptions';
import { clientKey, rewriteQuery } from './identity';
import { callUpstream, type UpstreamResult } from './upstream';

/** How long an application is known to be the client's. It never changes owner; this only bounds memory. */
const APPLICATION_TTL_MS = 5 * 60 * 1000;
/** How long an uploaded file may be put into a document (the widget does so right after the upload). */
const FILE_TTL_MS = 60 * 60 * 1000;

const LEVEL_INFO_PATH = '/v1/clients/kyc-level-info/';

export type ApplicationCheck =
  | { ok: true }
  | { ok: false; kind: 'notOwned' }
  /** The level info could not be read: the provider's answer (or the failure) goes to the browser. */
  | { ok: false; kind: 'upstream'; result: UpstreamResult };

export function createOwnership(options: ResolvedProxyOptions) {
  const { store } = options;
  const appKey = (client: KycProxyClient, uuid: string) => `app ${clientKey(client)} ${uuid.toLowerCase()}`;
  const fileKey = (client: KycProxyClient, uuid: string) => `file ${clientKey(client)} ${uuid.toLowerCase()}`;
  /** Level-info checks in flight, so simultaneous requests for one application ask upstream once. */
  const inFlight = new Map<string, Promise<ApplicationCheck>>();

  async function askUpstream(client: KycProxyClient, uuid: string): Promise<ApplicationCheck> {
    const result = await callUpstream(options, {
      method: 'GET',
      path: LEVEL_INFO_PATH,
      query: rewriteQuery(new URLSearchParams(), 'client', client),
      body: { kind: 'none' },
      // No browser signal: the check is shared by every request waiting for it; the timeout bounds it.
      timeoutMs: options.timeoutMs,
    });
    if (!result.ok || result.status !== 200) return { ok: false, kind: 'upstream', result };
    const last = lastApplicationOf(result.bytes);
    if (last === null || last.toLowerCase() !== uuid.toLowerCase()) return { ok: false, kind: 'notOwned' };
    await store.add(appKey(client, uuid), APPLICATION_TTL_MS);
    return { ok: true };
  }

  return {
    /** Records an application as the client's (created through the proxy, or named by its level info). */
    async rememberApplication(client: KycProxyClient, uuid: string): Promise<void> {
      await store.add(appKey(client, uuid), APPLICATION_TTL_MS);
    },

    /** Whether the client may act on application `uuid`; asks the provider's level info when not known. */
    async checkApplication(client: KycProxyClient, uuid: string): Promise<ApplicationCheck> {
      const key = appKey(client, uuid);
      if (await store.has(key)) return { ok: true };
      let pending = inFlight.get(key);
      if (!pending) {
        pending = askUpstream(client, uuid).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    },

    async rememberFiles(client: KycProxyClient, uuids: readonly string[]): Promise<void> {
      for (const uuid of uuids) await store.add(fileKey(client, uuid), FILE_TTL_MS);
    },

    /** Whether every one of `uuids` is a file this client uploaded through the proxy. */
    async ownsFiles(client: KycProxyClient, uuids: readonly string[]): Promise<boolean> {
      for (const uuid of uuids) if (!(await store.has(fileKey(client, uuid)))) return false;
      return true;
    },
  };
}

export type Ownership = ReturnType<typeof createOwnership>;

/** `last_kyc_application_uuid` of a level-info answer, or null. */
export function lastApplicationOf(bytes: Uint8Array): string | null {
  const body = parseJson(bytes);
  if (typeof body !== 'object' || body === null) return null;
  const last = (body as Record<string, unknown>).last_kyc_application_uuid;
  return typeof last === 'string' ? last : null;
}

export function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}
