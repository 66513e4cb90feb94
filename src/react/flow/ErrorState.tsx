/** A failed load shown inside the widget, with what happened and a retry; the host page keeps working. */
import { useId, useRef } from 'react';
import { useFocusOnChange } from './focusPolicy';
import { useKyc } from '../context/KycContext';
import { errorMessageKey } from './errorMessage';

export function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useKyc();
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useFocusOnChange(heading, 'error');
  return (
    <section className="kyc-error" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} className="kyc-step__title" ref={heading} tabIndex={-1}>
        {t('flow.error.title')}
      </h2>
      <p>{t(errorMessageKey(error))}</p>
      <button type="button" className="kyc-button kyc-button--primary" onClick={onRetry}>
        {t('flow.retry')}
      </button>
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
