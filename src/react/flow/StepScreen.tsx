/**
 * One step of the questionnaire: heading (focused on arrival), progress, the questions, an error
 * summary when Continue finds missing or invalid answers, and Back / Continue.
 */
import { useRef } from 'react';
import { useFocusOnChange } from './focusPolicy';
import type { Step } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { useApplicationForm } from './ApplicationFormContext';
import { ErrorSummary } from './ErrorSummary';
import { QuestionField } from './QuestionField';

export interface StepScreenProps {
  step: Step;
  index: number;
  total: number;
  onBack: (() => void) | undefined;
  onContinue: () => void;
  isLast: boolean;
}

export function StepScreen({ step, index, total, onBack, onContinue, isLast }: StepScreenProps) {
  const { t } = useKyc();
  const heading = useRef<HTMLHeadingElement>(null);
  const { idPrefix, revealed } = useApplicationForm();

  useFocusOnChange(heading, index);

  return (
    <section className="kyc-step" aria-labelledby={`${idPrefix}-step-${index}`} data-step={index}>
      <p className="kyc-step__progress">
        {t('steps.progress', { current: index + 1, total })}
        <progress className="kyc-progress" max={total} value={index + 1} aria-hidden="true" />
      </p>
      <h2 className="kyc-step__title" id={`${idPrefix}-step-${index}`} ref={heading} tabIndex={-1}>
        <bdi>{step.title}</bdi>
      </h2>
      {step.description ? (
        <p className="kyc-step__description" dir="auto">
          {step.description}
        </p>
      ) : null}
      {revealed > 0 ? <ErrorSummary questions={step.questions} index={index} /> : null}
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
