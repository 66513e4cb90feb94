/**
 * The result of a sent application, as `core/screen.ts` names it: in review (watched by the caller),
 * approved, rejected (with a new application when the level info allows it, otherwise what to do next)
 * or a status the widget does not know. Each says in a title and one sentence what it means, then the
 * next step: "Start a new application" where allowed, and the partner's exit action where given.
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
  const { t, exitAction } = useKyc();
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useFocusOnChange(heading, screen.name);
  const title = screen.name === 'unknown' ? t('status.unknown.title') : t(`status.${screen.name}.title`);
  const mayStartNew = screen.name === 'rejected' && screen.canStartNew === true;

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
      {screen.name === 'approved' ? (
        <>
          {/* A first-strong isolate: the server's level name keeps its own direction inside the sentence. */}
          <p>{t('status.approved.body', { level: `\u2068${application.kyc_level.name}\u2069` })}</p>
          {exitAction ? null : <p className="kyc-muted">{t('status.approved.next')}</p>}
        </>
      ) : null}
      {screen.name === 'rejected' ? (
        <>
          <p>{t('status.rejected.body')}</p>
          {mayStartNew ? <p>{t('status.rejected.retry')}</p> : null}
          {screen.canStartNew === false ? <p>{t('status.rejected.final')}</p> : null}
        </>
      ) : null}
      {screen.name === 'unknown' ? <p>{t('status.unknown.body')}</p> : null}
      {mayStartNew || (exitAction && screen.name !== 'unknown') ? (
        <div className="kyc-actions kyc-status__actions">
          {exitAction ? (
            <button
              type="button"
              className={`kyc-button ${mayStartNew ? 'kyc-button--secondary' : 'kyc-button--primary'}`}
              onClick={() => exitAction.onSelect()}
            >
              {exitAction.label}
            </button>
          ) : null}
          {mayStartNew ? (
            <button type="button" className="kyc-button kyc-button--primary" onClick={onStartNew}>
              {t('status.rejected.newApplication')}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
