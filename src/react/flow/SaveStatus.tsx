/**
 * The visible save state (saving / saved / not saved – why, and retry), announced politely. Nothing
 * typed is dropped on a failure: Retry (or the next change, Continue or Send) saves what waited.
 */
import { useKyc } from '../context/KycContext';
import { useAutosaveState, type AutosaveQueue } from '../hooks/useAutosave';
import { useSessionExpired } from '../hooks/useSessionExpiry';
import { failureText } from './errorMessage';
import { OfflineNotice } from './OfflineNotice';

export function SaveStatus({ queue, onSign }: { queue: AutosaveQueue; onSign: () => void }) {
  const { t } = useKyc();
  const state = useAutosaveState(queue);
  useSessionExpired();
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
  const reason = state.status === 'error' && state.lastError ? failureText(t, state.lastError) : undefined;

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
      {reason ? (
        <p className="kyc-field__error kyc-save__reason" role="alert">
          {reason}
        </p>
      ) : null}
    </>
  );
}
