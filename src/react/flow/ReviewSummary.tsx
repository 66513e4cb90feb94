/** Every answer before sending: grouped by step, each with "Change", and the one Send button. */
import { useId, useRef } from 'react';
import { useFocusOnChange } from './focusPolicy';
import { useFormContext } from 'react-hook-form';
import { countedAnswer } from '../../core/answerRules';
import { answersByKey } from '../../core/answers';
import { isShownInSummary } from '../../core/documentChoice';
import { missingRequired, valueOfStep } from '../../core/flow';
import type { Application } from '../../core/schemas';
import type { SubmissionFailure } from '../../core/submission';
import { useKyc } from '../context/KycContext';
import { AnswerText } from './AnswerText';
import { useApplicationForm } from './ApplicationFormContext';
import { failureText } from './errorMessage';

export interface ReviewSummaryProps {
  application: Application;
  submitting: boolean;
  /** Why the last send did not go through. */
  failure: SubmissionFailure | null;
  onEdit: (step: number) => void;
  onBack: () => void;
  onSubmit: () => void;
}

export function ReviewSummary({ application, submitting, failure, onEdit, onBack, onSubmit }: ReviewSummaryProps) {
  const { t } = useKyc();
  const { getValues } = useFormContext();
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useFocusOnChange(heading, 'summary');
  const { currentLegalDocuments: current } = useApplicationForm();
  const answers = answersByKey(application, getValues());
  const missingKeys = missingRequired(application, answers, current).map((ref) => ref.question.attribute.key);
  const submitError = !failure
    ? undefined
    : failure.reason === 'unsaved'
      ? t('summary.unsaved')
      : failureText(t, failure.error, 'summary.sendError');

  return (
    <section className="kyc-summary" aria-labelledby={titleId}>
      <h2 id={titleId} className="kyc-step__title" ref={heading} tabIndex={-1}>
        {t('summary.title')}
      </h2>
      {missingKeys.length ? (
        <p className="kyc-field__error" role="alert">
          {t('summary.missing')}
        </p>
      ) : null}
      {submitError ? (
        <p className="kyc-field__error" role="alert">
          {submitError}
        </p>
      ) : null}
      {application.kyc_steps.map((step, index) => (
        <div key={index} className="kyc-summary__step">
          <div className="kyc-summary__header">
            <h3>
              <bdi>{step.title}</bdi>
            </h3>
            <button
              type="button"
              className="kyc-button kyc-button--link"
              onClick={() => onEdit(index)}
              aria-label={`${t('summary.edit')}: ${step.title}`}
            >
              {t('summary.edit')}
            </button>
          </div>
          <dl className="kyc-summary__list">
            {step.questions
              .filter((question) => isShownInSummary(question, step.questions, valueOfStep(step.questions, answers)))
              .map((question) => (
                <div
                  key={question.attribute.key}
                  className="kyc-summary__row"
                  data-key={question.attribute.key}
                  data-missing={missingKeys.includes(question.attribute.key) || undefined}
                >
                  <dt>
                    <bdi>{question.title}</bdi>
                  </dt>
                  <dd>
                    <AnswerText
                      attribute={question.attribute}
                      value={countedAnswer(
                        question.attribute,
                        answers.get(question.attribute.key) ?? question.attribute.value,
                        current,
                      )}
                    />
                  </dd>
                </div>
              ))}
          </dl>
        </div>
      ))}
      <div className="kyc-actions">
        <button type="button" className="kyc-button kyc-button--secondary" onClick={onBack}>
          {t('steps.back')}
        </button>
        <button type="button" className="kyc-button kyc-button--primary" onClick={onSubmit} aria-disabled={submitting}>
          {submitting ? t('summary.submitting') : t('summary.submit')}
        </button>
      </div>
    </section>
  );
}
