/**
 * What the proxy remembers between requests: keys that expire (which files a client uploaded, which
 * applications it owns). The default keeps them in this process's memory, bounded in size.
 */

/** A set of keys that expire. Implement it over a shared cache (Redis, KV…) when the proxy runs on several instances. */
export interface KycProxyStore {
  /** Whether `key` was added and has not expired. */
  has(key: string): boolean | Promise<boolean>;
  /** Remembers `key` for `ttlMs` milliseconds (again from now when it is already there). */
  add(key: string, ttlMs: number): void | Promise<void>;
}

export interface MemoryStoreOptions {
  /** The most keys kept; the oldest go first. Default 10 000 (about 1 MB). */
  maxEntries?: number | undefined;
  /** The clock, in milliseconds. Default `Date.now`. */
  now?: (() => number) | undefined;
}

/**
 * A store in this process's memory, per instance: with several instances behind a load balancer, a
 * customer's next request may reach another one that does not know the key (pass a shared store then).
 *
 * @example
 * const kyc = createKycProxy({ ...options, store: createMemoryStore({ maxEntries: 50_000 }) });
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): KycProxyStore {
  const maxEntries = Math.max(1, options.maxEntries ?? 10_000);
  const now = options.now ?? Date.now;
  /** Key → expiry time; a Map keeps insertion order, so the first key is the oldest. */
  const entries = new Map<string, number>();
  return {
    has(key) {
      const expires = entries.get(key);
      if (expires === undefined) return false;
      if (expires > now()) return true;
      entries.delete(key);
      return false;
    },
    add(key, ttlMs) {
      entries.delete(key);
      entries.set(key, now() + ttlMs);
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    },
  };
}
