/**
 * The plain field for `string`, `text`, `number`, `date`, `email` and `phone` attributes.
 * Numbers are typed as text (so "12," is not lost mid-typing) and reported as numbers once they parse.
 */
import { useState, type ChangeEvent } from 'react';
import { FieldShell, describedBy } from './FieldShell';
import type { FieldProps } from './fieldProps';

type PlainKind = 'string' | 'text' | 'number' | 'date' | 'email' | 'phone';

/** WCAG 1.3.5: tell the browser what personal data a field holds, so it can autofill it. */
const AUTOCOMPLETE: Record<string, string> = {
  first_name: 'given-name',
  middle_name: 'additional-name',
  last_name: 'family-name',
  birth_date: 'bday',
  email: 'email',
  phone: 'tel',
  residence_address: 'street-address',
};

const INPUT_TYPE: Record<Exclude<PlainKind, 'text'>, { type: string; inputMode?: 'decimal' | 'email' | 'tel' }> = {
  string: { type: 'text' },
  number: { type: 'text', inputMode: 'decimal' },
  date: { type: 'date' },
  email: { type: 'email', inputMode: 'email' },
  phone: { type: 'tel', inputMode: 'tel' },
};

export interface TextFieldProps extends FieldProps<string | number> {
  kind: PlainKind;
}

export function TextField({ kind, question, id, value, onValueChange, onBlur, error, disabled }: TextFieldProps) {
  const [numberDraft, setNumberDraft] = useState<string | null>(null);
  const shown =
    kind === 'number' && numberDraft !== null
      ? numberDraft
      : value === null || value === undefined
        ? ''
        : String(value);
  const key = question.attribute.key;
  const common = {
    id,
    name: key,
    value: shown,
    disabled,
    required: question.is_required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, question, error),
    autoComplete: AUTOCOMPLETE[key] ?? (kind === 'email' ? 'email' : kind === 'phone' ? 'tel' : 'off'),
    onBlur: () => {
      setNumberDraft(null);
      onBlur?.();
    },
  };

  function handleChange(event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) {
    const raw = event.target.value;
    if (kind !== 'number') return onValueChange(raw === '' ? null : raw);
    setNumberDraft(raw);
    const normalised = raw.trim().replace(/\s/g, '').replace(',', '.');
    const parsed = Number(normalised);
    onValueChange(raw.trim() === '' ? null : normalised !== '' && Number.isFinite(parsed) ? parsed : raw);
  }

  return (
    <FieldShell id={id} question={question} error={error} disabled={disabled} kind={kind}>
      {kind === 'text' ? (
        <textarea
          {...common}
          className="kyc-input kyc-input--multiline"
          rows={4}
          maxLength={2000}
          onChange={handleChange}
        />
      ) : (
        <input
          {...common}
          className="kyc-input"
          type={INPUT_TYPE[kind].type}
          inputMode={INPUT_TYPE[kind].inputMode}
          maxLength={kind === 'string' ? 255 : undefined}
          onChange={handleChange}
          dir={kind === 'phone' || kind === 'email' ? 'ltr' : undefined}
        />
      )}
    </FieldShell>
  );
}
