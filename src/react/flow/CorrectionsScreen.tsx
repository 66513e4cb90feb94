/** Corrections asked by the reviewer (`pending`): their comment, each note, and the way to fix them. */
import { useId, useRef } from 'react';
import { correctionsFor } from '../../core/flow';
import type { Application } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { useFocusOnChange } from './focusPolicy';

export interface CorrectionsScreenProps {
  application: Application;
  onCorrect: (step: number) => void;
}

export function CorrectionsScreen({ application, onCorrect }: CorrectionsScreenProps) {
  const { t } = useKyc();
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useFocusOnChange(heading, 'corrections');
  const corrections = correctionsFor(application);
  return (
    <section className="kyc-status" data-status="pending" aria-labelledby={titleId}>
      <div className="kyc-status__icon" aria-hidden="true" data-status="pending" />
      <h2 id={titleId} className="kyc-step__title" ref={heading} tabIndex={-1}>
        {t('status.pending.title')}
      </h2>
      <p>{t('status.pending.body')}</p>
      {corrections.reviewComment ? (
        <div className="kyc-note">
          <h3>{t('status.pending.comment')}</h3>
          <p dir="auto">{corrections.reviewComment}</p>
        </div>
      ) : null}
      {corrections.corrections.length ? (
        <ul className="kyc-corrections">
          {corrections.corrections.map((item) => (
            <li key={item.question.attribute.key}>
              <strong>
                <bdi>{item.question.title}</bdi>
              </strong>
              : <bdi>{item.note}</bdi>
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
    </section>
  );
}
