/**
 * The step's problems after Continue, from the same rule as each field (`core/fieldProblem.ts`): it
 * follows the answers and the autosave state as the client fixes them, and goes away when none remain.
 * It takes focus each time Continue reveals the problems again.
 */
import { useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { formFieldOf } from '../../core/answers';
import { fieldKind } from '../../core/attributes';
import { problemsOf } from '../../core/fieldProblem';
import type { Question } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { useAutosaveState } from '../hooks/useAutosave';
import { useApplicationForm } from './ApplicationFormContext';
import { fieldIdOf } from './fieldId';
import { problemMessage } from './problemMessage';

export interface ErrorSummaryProps {
  questions: readonly Question[];
  /** The step's index, for ids. */
  index: number;
}

export function ErrorSummary({ questions, index }: ErrorSummaryProps) {
  const kyc = useKyc();
  const { t } = kyc;
  const { idPrefix, queue, revealed, currentLegalDocuments } = useApplicationForm();
  const keys = questions.map((question) => question.attribute.key);
  const values: unknown[] = useWatch({ name: keys.map(formFieldOf) });
  const autosave = useAutosaveState(queue);
  const summary = useRef<HTMLDivElement>(null);
  const problems = problemsOf(questions, (key) => values[keys.indexOf(key)], autosave, currentLegalDocuments);
  const shown = problems.length > 0;

  useEffect(() => {
    if (revealed > 0) summary.current?.focus();
  }, [revealed]);

  if (!shown) return null;
  return (
    <div
      className="kyc-error-summary"
      role="alert"
      tabIndex={-1}
      ref={summary}
      aria-labelledby={`${idPrefix}-step-${index}-problems`}
    >
      <h3 id={`${idPrefix}-step-${index}-problems`}>
        {problems.length === 1
          ? t('steps.errorSummary.titleOne')
          : t('steps.errorSummary.title', { count: problems.length })}
      </h3>
      <ul>
        {problems.map(({ question, problem }) => {
          const fieldId = fieldIdOf(idPrefix, question.attribute.key);
          return (
            <li key={question.attribute.key}>
              <a href={`#${fieldId}`} onClick={(event) => focusField(event, fieldId)}>
                <bdi>{question.title}</bdi>: {problemMessage(problem, fieldKind(question.attribute), kyc)}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Links in the error summary move focus to the field without changing the page URL. */
function focusField(event: React.MouseEvent, fieldId: string) {
  event.preventDefault();
  const target = document.getElementById(fieldId) ?? document.getElementById(`${fieldId}-group`);
  target?.focus();
  target?.scrollIntoView?.({ block: 'center' });
}
