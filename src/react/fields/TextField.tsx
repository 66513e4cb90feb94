/**
 * The plain field for `string`, `text`, `number`, `date`, `email` and `phone` attributes.
 * Numbers are typed as text (so "12," is not lost mid-typing) and read with the locale's separators when
 * the client leaves the field (`useNumberText`); a number in another format is shown with the format the
 * locale expects. A `date` is read in the widget's locale by `DateField` (not the browser's date picker).
 */
import type { ChangeEvent } from 'react';
import { answerDirection } from '../../core/answerDirection';
import { DateField } from './DateField';
import { FieldShell, describedBy } from './FieldShell';
import type { FieldProps } from './fieldProps';
import { useNumberText } from './useNumberText';

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

const INPUT_TYPE: Record<
  Exclude<PlainKind, 'text' | 'date'>,
  { type: string; inputMode?: 'decimal' | 'email' | 'tel' }
> = {
  string: { type: 'text' },
  number: { type: 'text', inputMode: 'decimal' },
  email: { type: 'email', inputMode: 'email' },
  phone: { type: 'tel', inputMode: 'tel' },
};

export interface TextFieldProps extends FieldProps<string | number> {
  kind: PlainKind;
}

export function TextField(props: TextFieldProps) {
  const { kind, question, id, value, onValueChange, onBlur, error, disabled } = props;
  const number = useNumberText(kind === 'number' ? value : null, onValueChange);
  const shown = kind === 'number' ? number.text : value === null || value === undefined ? '' : String(value);
  // A number in another format: say which format instead of only "enter a number" (when an error shows).
  const message = kind === 'number' && error && number.problem ? number.problem : error;
  if (kind === 'date') return <DateField {...props} value={shown || null} onValueChange={onValueChange} />;
  const key = question.attribute.key;
  const common = {
    id,
    name: key,
    value: shown,
    disabled,
    required: question.is_required,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': describedBy(id, question, message),
    autoComplete: AUTOCOMPLETE[key] ?? (kind === 'email' ? 'email' : kind === 'phone' ? 'tel' : 'off'),
    onBlur: () => {
      if (kind === 'number') number.commit();
      onBlur?.();
    },
  };

  function handleChange(event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) {
    const raw = event.target.value;
    if (kind === 'number') number.change(raw);
    else onValueChange(raw === '' ? null : raw);
  }

  return (
    <FieldShell id={id} question={question} error={message} disabled={disabled} kind={kind}>
      {kind === 'text' ? (
        <textarea
          {...common}
          className="kyc-input kyc-input--multiline"
          rows={4}
          maxLength={2000}
          dir="auto"
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
          // Phone numbers and e-mail addresses read left to right in every language; free text takes the
          // direction of its first letter ("10115 Berlin" stays as typed in an Arabic form).
          dir={answerDirection(kind) === 'ltr' ? 'ltr' : 'auto'}
        />
      )}
    </FieldShell>
  );
}
