/**
 * One step of the questionnaire: heading (focused on arrival), progress, the questions, an error
 * summary when Continue finds missing or invalid answers, and Back / Continue.
 */
import { useEffect, useRef } from 'react';
import { useFocusOnChange } from './focusPolicy';
import type { Step } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { QuestionField } from './QuestionField';

export interface StepProblem {
  key: string;
  fieldId: string;
  title: string;
  message: string;
}

export interface StepScreenProps {
  step: Step;
  index: number;
  total: number;
  problems: StepProblem[];
  onBack: (() => void) | undefined;
  onContinue: () => void;
  isLast: boolean;
}

export function StepScreen({ step, index, total, problems, onBack, onContinue, isLast }: StepScreenProps) {
  const { t } = useKyc();
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  useFocusOnChange(heading, index);
  useEffect(() => {
    if (problems.length) summary.current?.focus();
  }, [problems]);

  return (
    <section className="kyc-step" aria-labelledby={`kyc-step-${index}`} data-step={index}>
      <p className="kyc-step__progress">
        {t('steps.progress', { current: index + 1, total })}
        <progress className="kyc-progress" max={total} value={index + 1} aria-hidden="true" />
      </p>
      <h2 className="kyc-step__title" id={`kyc-step-${index}`} ref={heading} tabIndex={-1}>
        <bdi>{step.title}</bdi>
      </h2>
      {step.description ? (
        <p className="kyc-step__description" dir="auto">
          {step.description}
        </p>
      ) : null}
      {problems.length ? (
        <div
          className="kyc-error-summary"
          role="alert"
          tabIndex={-1}
          ref={summary}
          aria-labelledby={`kyc-step-${index}-problems`}
        >
          <h3 id={`kyc-step-${index}-problems`}>
            {problems.length === 1
              ? t('steps.errorSummary.titleOne')
              : t('steps.errorSummary.title', { count: problems.length })}
          </h3>
          <ul>
            {problems.map((problem) => (
              <li key={problem.key}>
                <a href={`#${problem.fieldId}`} onClick={(event) => focusField(event, problem.fieldId)}>
                  {problem.title}: {problem.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="kyc-step__questions">
        {step.questions.map((question) => (
          <QuestionField key={question.attribute.key} question={question} />
        ))}
      </div>
      <div className="kyc-actions">
        {onBack ? (
          <button type="button" className="kyc-button kyc-button--secondary" onClick={onBack}>
            {t('steps.back')}
          </button>
        ) : null}
        <button type="button" className="kyc-button kyc-button--primary" onClick={onContinue}>
          {isLast ? t('steps.review') : t('steps.next')}
        </button>
      </div>
    </section>
  );
}

/** Links in the error summary move focus to the field without changing the page URL. */
function focusField(event: React.MouseEvent, fieldId: string) {
  event.preventDefault();
  const target = document.getElementById(fieldId) ?? document.getElementById(`${fieldId}-group`);
  target?.focus();
  target?.scrollIntoView?.({ block: 'center' });
}
