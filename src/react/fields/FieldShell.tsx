/**
 * The frame every field shares: label (or legend for groups), required/optional marker,
 * description, and the error message tied to the control by id.
 */
import type { ReactNode } from 'react';
import type { Question } from '../../core/schemas';
import { useKyc } from '../context/KycContext';

export interface FieldShellProps {
  id: string;
  question: Question;
  error?: string | undefined;
  disabled?: boolean | undefined;
  /** `group` renders a fieldset and legend (radio groups, uploads, consent). */
  as?: 'field' | 'group';
  /** The field kind, exposed as `data-kind` for teams that bring their own CSS. */
  kind: string;
  children: ReactNode;
}

/** Ids of the description and error, for `aria-describedby` on the control. */
export function describedBy(id: string, question: Question, error?: string): string | undefined {
  const ids = [question.description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldShell({ id, question, error, disabled, as = 'field', kind, children }: FieldShellProps) {
  const { t } = useKyc();
  const marker = (
    <span className="kyc-field__marker" data-required={question.is_required || undefined}>
      {question.is_required ? ` (${t('steps.required')})` : ` (${t('steps.optional')})`}
    </span>
  );
  const title = (
    <>
      <bdi>{question.title}</bdi>
      {marker}
    </>
  );
  const body = (
    <>
      {question.description ? (
        <p className="kyc-field__description" id={`${id}-description`} dir="auto">
          {question.description}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="kyc-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
  const common = {
    className: 'kyc-field',
    'data-kind': kind,
    'data-key': question.attribute.key,
    'data-invalid': error ? true : undefined,
    'data-disabled': disabled ? true : undefined,
  };
  if (as === 'group') {
    return (
      <fieldset {...common} id={`${id}-group`} aria-describedby={describedBy(id, question, error)}>
        <legend className="kyc-field__label">{title}</legend>
        {body}
      </fieldset>
    );
  }
  return (
    <div {...common}>
      <label className="kyc-field__label" htmlFor={id}>
        {title}
      </label>
      {body}
    </div>
  );
}
