/** The visible save state (saving / saved / not saved – retry), announced politely. */
import { useKyc } from '../context/KycContext';
import { useAutosaveState, type AutosaveQueue } from '../hooks/useAutosave';
import { OfflineNotice } from './OfflineNotice';

export function SaveStatus({ queue, onSign }: { queue: AutosaveQueue; onSign: () => void }) {
  const { t } = useKyc();
  const state = useAutosaveState(queue);
  const label =
    state.status === 'saving'
      ? t('save.saving')
      : state.status === 'error'
        ? t('save.error')
        : state.status === 'signature_required'
          ? t('save.signatureNeeded')
          : state.status === 'pending'
            ? t('save.pending')
            : state.status === 'saved'
              ? t('save.saved')
              : '';
  return (
    <>
      <OfflineNotice queue={queue} />
      <div className="kyc-save" data-state={state.status}>
        <span role="status" aria-live="polite" className="kyc-save__label">
          {label}
        </span>
        {state.status === 'error' ? (
          <button type="button" className="kyc-button kyc-button--link" onClick={() => queue.retry()}>
            {t('save.retry')}
          </button>
        ) : null}
        {state.status === 'signature_required' ? (
          <button type="button" className="kyc-button kyc-button--link" onClick={onSign}>
            {t('signature.confirm')}
          </button>
        ) : null}
      </div>
    </>
  );
}
