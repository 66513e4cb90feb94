/**
 * The result of a sent application: in review (watched by the caller), approved, rejected (with a
 * new application when allowed) or pending (the reviewer's comment and each note, and a way to fix).
 */
import { useRef } from 'react';
import { useFocusOnChange } from './focusPolicy';
import { correctionsFor } from '../../core/flow';
import type { Application } from '../../core/schemas';
import { useKyc } from '../context/KycContext';

export interface StatusScreenProps {
  application: Application;
  /** Offer "Start a new application" (rejected and allowed to create). */
  canStartNew: boolean;
  onStartNew: () => void;
  onCorrect: (step: number) => void;
}

export function StatusScreen({ application, canStartNew, onStartNew, onCorrect }: StatusScreenProps) {
  const { t } = useKyc();
  const heading = useRef<HTMLHeadingElement>(null);
  const status = application.status;
  useFocusOnChange(heading, status);

  const known = ['in_review', 'approved', 'rejected', 'pending'].includes(status);
  const title = known ? t(`status.${status}.title` as 'status.approved.title') : t('status.unknown.title', { status });

  return (
    <section className="kyc-status" data-status={status} aria-labelledby="kyc-status-title">
      <div className="kyc-status__icon" aria-hidden="true" data-status={status} />
      <h2 id="kyc-status-title" className="kyc-step__title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {status === 'in_review' ? (
        <>
          <p>{t('status.in_review.body')}</p>
          <p className="kyc-muted" role="status">
            {t('status.checking')}
          </p>
        </>
      ) : null}
      {status === 'approved' ? <p>{t('status.approved.body', { level: application.kyc_level.name })}</p> : null}
      {status === 'rejected' ? (
        <>
          <p>{t('status.rejected.body')}</p>
          {canStartNew ? (
            <button type="button" className="kyc-button kyc-button--primary" onClick={onStartNew}>
              {t('status.rejected.newApplication')}
            </button>
          ) : null}
        </>
      ) : null}
      {status === 'pending' ? <PendingDetails application={application} onCorrect={onCorrect} /> : null}
    </section>
  );
}

function PendingDetails({ application, onCorrect }: { application: Application; onCorrect: (step: number) => void }) {
  const { t } = useKyc();
  const corrections = correctionsFor(application);
  return (
    <>
      <p>{t('status.pending.body')}</p>
      {corrections.reviewComment ? (
        <div className="kyc-note">
          <h3>{t('status.pending.comment')}</h3>
          <p>{corrections.reviewComment}</p>
        </div>
      ) : null}
      {corrections.corrections.length ? (
        <ul className="kyc-corrections">
          {corrections.corrections.map((item) => (
            <li key={item.question.attribute.key}>
              <strong>{item.question.title}</strong>: {item.note}
            </li>
          ))}
        </ul>
      ) : null}
      <button
        type="button"
        className="kyc-button kyc-button--primary"
        onClick={() => onCorrect(corrections.firstStepIndex ?? 0)}
      >
        {t('status.pending.fix')}
      </button>
    </>
  );
}
