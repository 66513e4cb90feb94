/**
 * Says at once that the network is gone and that the answers are kept (the autosave queue is paused,
 * see `useAutosave`). The status region is always in the page, so screen readers announce the notice
 * when it appears; it is empty while online.
 */
import { useSyncExternalStore } from 'react';
import { useKyc } from '../context/KycContext';
import type { AutosaveQueue } from '../hooks/useAutosave';

export function OfflineNotice({ queue }: { queue: AutosaveQueue }) {
  const { t } = useKyc();
  const offline = () => queue.getSnapshot().offline === true;
  const isOffline = useSyncExternalStore(queue.subscribe, offline, offline);
  return (
    <div role="status" className="kyc-offline" data-state={isOffline ? 'offline' : 'online'}>
      {isOffline ? <p className="kyc-note">{t('save.offline')}</p> : null}
    </div>
  );
}
