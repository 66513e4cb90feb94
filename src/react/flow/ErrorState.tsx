/** A failed load shown inside the widget, with what happened and a retry; the host page keeps working. */
import { useId, useRef, useState } from 'react';
import { failureKind } from '../../core/failure';
import { useFocusOnChange } from './focusPolicy';
import { useKyc } from '../context/KycContext';
import { useSessionExpired } from '../hooks/useSessionExpiry';
import { failureText } from './errorMessage';

export interface ErrorStateProps {
  error: unknown;
  onRetry: () => void;
  /** Offered when the application no longer exists (404): start a new one instead. */
  onStartNew?: (() => void) | undefined;
}

export function ErrorState({ error, onRetry, onStartNew }: ErrorStateProps) {
  const { t } = useKyc();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, 'error');
  useSessionExpired();
  // Single-flight: the failure a retry is answering; a double click or click plus Enter retries once, and
  // the button works again when the retry fails anew (a new error).
  const answering = useRef<unknown>(undefined);
  const [retrying, setRetrying] = useState<unknown>(undefined);
  const busy = retrying !== undefined && retrying === error;

  function retry() {
    if (answering.current === error) return;
    answering.current = error;
    setRetrying(error);
    onRetry();
  }

  const gone = failureKind(error) === 'not_found' && onStartNew;
  return (
    <section className="kyc-error" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} className="kyc-step__title" ref={heading} tabIndex={-1}>
        {t('flow.error.title')}
      </h2>
      <p>{failureText(t, error, 'flow.error.load')}</p>
      <div className="kyc-actions">
        {gone ? (
          <button type="button" className="kyc-button kyc-button--primary" onClick={onStartNew}>
            {t('flow.startNew')}
          </button>
        ) : null}
        <button
          type="button"
          className={`kyc-button ${gone ? 'kyc-button--secondary' : 'kyc-button--primary'}`}
          onClick={retry}
          aria-disabled={busy}
        >
          {busy ? t('flow.retrying') : t('flow.retry')}
        </button>
      </div>
    </section>
  );
}

export function LoadingState() {
  const { t } = useKyc();
  return (
    <div className="kyc-loading" role="status" aria-live="polite">
      <span className="kyc-spinner" aria-hidden="true" />
      {t('flow.loading')}
    </div>
  );
}
