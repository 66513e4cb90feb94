/**
 * The partner's session as the API client learns it (`core/session.ts`): whether it has expired, and the
 * `session_expired` event once per expiry, from whichever part of the widget is on screen.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useKyc } from '../context/KycContext';

/**
 * Whether the session has expired (a call was still refused with 401 after fresh headers). Tells the
 * partner once per expiry with a `session_expired` event, however many components watch it.
 */
export function useSessionExpired(): boolean {
  const { client, emit } = useKyc();
  const session = client.session;
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  useEffect(() => {
    if (snapshot.expired && session.claimNotice()) emit({ type: 'session_expired', endpoint: snapshot.endpoint });
  }, [snapshot, session, emit]);
  return snapshot.expired;
}
