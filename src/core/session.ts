/**
 * Whether the partner's session still works, as the API client learns it: a call still refused with 401
 * after fresh headers and one replay marks it expired; the next call the server answers marks it active
 * again. The widget says so to the customer, tells the partner once per expiry (`session_expired`), and
 * saves what waited once calls succeed again.
 */

interface SessionSnapshot {
  expired: boolean;
  /** Counts the expiries so far (0 before the first): a new expiry is a new number. */
  expiries: number;
  /** The endpoint (`METHOD /path/`) whose call found the session expired, for the partner. */
  endpoint: string | undefined;
}

export interface SessionState {
  getSnapshot(): SessionSnapshot;
  subscribe(listener: () => void): () => void;
  /** A call was still refused with 401 after fresh headers. */
  expired(endpoint: string): void;
  /** The server answered a call (any status but 401): the session works. */
  active(): void;
  /**
   * True once per expiry, for whoever tells the partner first, so several parts of the widget that watch
   * the session announce one expiry once.
   */
  claimNotice(): boolean;
}

export function createSessionState(): SessionState {
  let snapshot: SessionSnapshot = { expired: false, expiries: 0, endpoint: undefined };
  let noticed = 0;
  const listeners = new Set<() => void>();

  function set(next: SessionSnapshot) {
    snapshot = next;
    for (const listener of [...listeners]) listener();
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    expired(endpoint) {
      if (snapshot.expired) return;
      set({ expired: true, expiries: snapshot.expiries + 1, endpoint });
    },
    active() {
      if (snapshot.expired) set({ ...snapshot, expired: false });
    },
    claimNotice() {
      if (!snapshot.expired || noticed === snapshot.expiries) return false;
      noticed = snapshot.expiries;
      return true;
    },
  };
}
