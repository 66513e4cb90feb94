/**
 * One question of the form: a react-hook-form controller around the field component for its kind.
 * A valid change goes to the autosave queue; an invalid one stays on screen with its message
 * (never sent, never lost). Each question subscribes only to its own value and errors.
 */
import { memo, useCallback } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { fieldKind } from '../../core/attributes';
import type { Question } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { fieldForKind } from '../fields/fieldForKind';
import { useAttributeErrors } from '../hooks/useAutosave';
import { useApplicationForm } from './ApplicationFormContext';
import { checkAnswer } from './checkAnswer';

export interface QuestionFieldProps {
  question: Question;
}

function QuestionFieldInner({ question }: QuestionFieldProps) {
  const { t, components } = useKyc();
  const { applicationUuid, queue, readOnly, revealErrors } = useApplicationForm();
  const { attribute } = question;
  const kind = fieldKind(attribute);
  const { setValue } = useFormContext();
  const { field, fieldState } = useController({ name: attribute.key });
  const serverError = useAttributeErrors(queue, attribute.key);

  const onValueChange = useCallback(
    (value: unknown) => {
      field.onChange(value);
      if (checkAnswer(kind, value, t)) return;
      queue.set(attribute.key, value, { signProviders: signProvidersOf(attribute.sign_providers) });
    },
    [field, kind, attribute.key, attribute.sign_providers, queue, t],
  );

  const onPairedValueChange = useCallback(
    (backKey: string, value: unknown) => {
      setValue(backKey, value);
      queue.set(backKey, value);
    },
    [setValue, queue],
  );

  const clientError = checkAnswer(kind, field.value, t);
  const missing =
    revealErrors &&
    question.is_required &&
    isEmpty(field.value) &&
    kind !== 'liveness_token' &&
    kind !== 'liveness_url';
  const error =
    serverError ??
    (clientError && (fieldState.isTouched || revealErrors) ? clientError : undefined) ??
    (missing ? t('field.required') : undefined);

  const Field = fieldForKind(kind, components);
  const extra = kind === 'document' ? { onPairedValueChange } : {};
  return (
    <div className="kyc-question" data-key={attribute.key}>
      <Field
        {...extra}
        question={question}
        id={`kyc-${applicationUuid.slice(0, 8)}-${attribute.key}`}
        value={(field.value as unknown) ?? null}
        onValueChange={onValueChange}
        onBlur={field.onBlur}
        error={error}
        disabled={readOnly || (attribute.is_editable === false && !kind.startsWith('liveness'))}
        applicationUuid={applicationUuid}
      />
    </div>
  );
}

function signProvidersOf(providers: readonly string[] | null | undefined): ('sms' | 'email')[] {
  return (providers ?? []).filter((p): p is 'sms' | 'email' => p === 'sms' || p === 'email');
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '';
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
