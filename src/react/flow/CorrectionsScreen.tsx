/**
 * Corrections asked by the reviewer (`pending`): their comment, then each step to fix with its notes and
 * a button that opens it; the client fixes those steps only and goes on to "Send for review".
 */
import { useId, useRef } from 'react';
import { correctionsFor, correctionSteps } from '../../core/flow';
import type { Application } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { useFocusOnChange } from './focusPolicy';

export interface CorrectionsScreenProps {
  application: Application;
  /** Open `step`, then the other steps to correct, in order. */
  onCorrect: (step: number) => void;
}

export function CorrectionsScreen({ application, onCorrect }: CorrectionsScreenProps) {
  const { t } = useKyc();
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useFocusOnChange(heading, 'corrections');
  const { corrections, reviewComment } = correctionsFor(application);
  const steps = correctionSteps(application);
  return (
    <section className="kyc-status" data-status="pending" aria-labelledby={titleId}>
      <div className="kyc-status__icon" aria-hidden="true" data-status="pending" />
      <h2 id={titleId} className="kyc-step__title" ref={heading} tabIndex={-1}>
        {t('status.pending.title')}
      </h2>
      <p>{t('status.pending.body')}</p>
      {reviewComment ? (
        <div className="kyc-note">
          <h3>{t('status.pending.comment')}</h3>
          <p dir="auto">{reviewComment}</p>
        </div>
      ) : null}
      {steps.length ? (
        <ul className="kyc-corrections">
          {steps.map((stepIndex) => (
            <li key={stepIndex} className="kyc-corrections__step">
              <h3>
                <bdi>{application.kyc_steps[stepIndex]?.title}</bdi>
              </h3>
              <ul>
                {corrections
                  .filter((item) => item.stepIndex === stepIndex)
                  .map((item) => (
                    <li key={item.question.attribute.key}>
                      <strong>
                        <bdi>{item.question.title}</bdi>
                      </strong>
                      : <bdi>{item.note}</bdi>
                    </li>
                  ))}
              </ul>
              {steps.length > 1 ? (
                <button type="button" className="kyc-button kyc-button--link" onClick={() => onCorrect(stepIndex)}>
                  {t('status.pending.fixStep', { step: isolated(application.kyc_steps[stepIndex]?.title ?? '') })}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="kyc-button kyc-button--primary" onClick={() => onCorrect(steps[0] ?? 0)}>
        {t('status.pending.fix')}
      </button>
    </section>
  );
}

/** Server text inside a translated sentence keeps its own direction (first-strong isolate). */
function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}
