/**
 * One question of the form: a react-hook-form controller around the field component for its kind.
 * A valid change goes to the autosave queue; an invalid one stays on screen with its message (never
 * sent, never lost). Whether the field is in error is `core/fieldProblem.ts`'s rule, the same one the
 * error summary and Continue ask. Each question subscribes only to its own value and save state.
 */
import { memo, useCallback } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { formFieldOf } from '../../core/answers';
import { fieldKind, pairedSide } from '../../core/attributes';
import { isRequiredInStep } from '../../core/documentChoice';
import { fieldProblem, isInvalidAnswer, isProblemShown } from '../../core/fieldProblem';
import type { Question } from '../../core/schemas';
import { signProvidersOf } from '../../core/signature';
import { useKyc } from '../context/KycContext';
import { renderField } from '../fields/fieldForKind';
import { useAutosaveFacts } from '../hooks/useAutosaveFacts';
import { useApplicationForm } from './ApplicationFormContext';
import { fieldIdOf } from './fieldId';
import { problemMessage } from './problemMessage';

export interface QuestionFieldProps {
  question: Question;
}

function QuestionFieldInner({ question }: QuestionFieldProps) {
  const kyc = useKyc();
  const { t, components } = kyc;
  const { applicationUuid, idPrefix, notes, queue, revealed, stepQuestionsOf, currentLegalDocuments } =
    useApplicationForm();
  const { attribute } = question;
  const kind = fieldKind(attribute);
  const backKey = kind === 'document' ? pairedSide(attribute.key) : null;
  const { setValue, getValues } = useFormContext();
  const { field, fieldState } = useController({ name: formFieldOf(attribute.key) });
  const pairedValue: unknown = useWatch({ name: formFieldOf(backKey ?? attribute.key), disabled: !backKey });
  const facts = useAutosaveFacts(queue, attribute.key);

  const onValueChange = useCallback(
    (value: unknown) => {
      field.onChange(value);
      if (isInvalidAnswer(kind, value)) return;
      queue.set(attribute.key, value, { signProviders: signProvidersOf(attribute) });
    },
    [field, kind, attribute, queue],
  );

  const onPairedValueChange = useCallback(
    (key: string, value: unknown) => {
      setValue(formFieldOf(key), value);
      queue.set(key, value);
    },
    [setValue, queue],
  );

  const stepValue = (key: string): unknown => getValues(formFieldOf(key));
  const required = isRequiredInStep(question, stepQuestionsOf(attribute.key), stepValue);
  const problem = fieldProblem(question, field.value, facts, required, currentLegalDocuments);
  const shown = problem && isProblemShown(problem, { touched: fieldState.isTouched, revealed: revealed > 0 });
  // The document field shows its own reviewer's note, beside the file it is about.
  const note = kind === 'document' ? undefined : notes.get(attribute.key);
  return (
    <div className="kyc-question" data-key={attribute.key}>
      {note ? (
        <p className="kyc-question__note" role="note">
          {t('field.reviewerNote', { note: `\u2068${note}\u2069` })}
        </p>
      ) : null}
      {renderField(kind, components, {
        question,
        id: fieldIdOf(idPrefix, attribute.key),
        value: field.value,
        onValueChange,
        onBlur: field.onBlur,
        error: shown ? problemMessage(problem, kind, kyc) : undefined,
        disabled: attribute.is_editable === false && !kind.startsWith('liveness'),
        applicationUuid,
        ...(backKey ? { onPairedValueChange, pairedValue: backKey ? pairedValue : undefined } : {}),
      })}
    </div>
  );
}

/** Re-render only when this question's own data changes, not when another answer is saved. */
export const QuestionField = memo(QuestionFieldInner, (before, after) => sameQuestion(before.question, after.question));

function sameQuestion(a: Question, b: Question): boolean {
  if (a === b) return true;
  return (
    a.title === b.title &&
    a.description === b.description &&
    a.is_required === b.is_required &&
    JSON.stringify(a.attribute) === JSON.stringify(b.attribute)
  );
}
