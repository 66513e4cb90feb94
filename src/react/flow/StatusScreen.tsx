/**
 * The result of a sent application, as `core/screen.ts` names it: in review (watched by the caller),
 * approved, rejected (with a new application when the level info allows it, otherwise what to do next)
 * or a status the widget does not know.
 */
import { useId, useRef } from 'react';
import type { ResultScreen } from '../../core/screen';
import type { Application } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { useFocusOnChange } from './focusPolicy';

export interface StatusScreenProps {
  screen: ResultScreen;
  application: Application;
  onStartNew: () => void;
}

export function StatusScreen({ screen, application, onStartNew }: StatusScreenProps) {
  const { t } = useKyc();
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useFocusOnChange(heading, screen.name);
  const title = screen.name === 'unknown' ? t('status.unknown.title') : t(`status.${screen.name}.title`);

  return (
    <section className="kyc-status" data-status={screen.name} aria-labelledby={titleId}>
      <div className="kyc-status__icon" aria-hidden="true" data-status={screen.name} />
      <h2 id={titleId} className="kyc-step__title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {screen.name === 'in_review' ? (
        <>
          <p>{t('status.in_review.body')}</p>
          <p className="kyc-muted" role="status">
            {t('status.checking')}
          </p>
        </>
      ) : null}
      {screen.name === 'approved' ? <p>{t('status.approved.body', { level: application.kyc_level.name })}</p> : null}
      {screen.name === 'rejected' ? (
        <>
          <p>{t('status.rejected.body')}</p>
          {screen.canStartNew === true ? (
            <button type="button" className="kyc-button kyc-button--primary" onClick={onStartNew}>
              {t('status.rejected.newApplication')}
            </button>
          ) : null}
          {screen.canStartNew === false ? <p>{t('status.rejected.final')}</p> : null}
        </>
      ) : null}
      {screen.name === 'unknown' ? <p>{t('status.unknown.body')}</p> : null}
    </section>
  );
}
