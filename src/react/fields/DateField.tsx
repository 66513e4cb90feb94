/**
 * A `date` question as one text box read in the widget's locale (31.12.1990 in German, 12/31/1990 in
 * American English, ISO `1990-12-31` everywhere), with the expected format shown as an example under the
 * label. Not the browser's date picker: that one follows the browser's language, not the widget's. The
 * answer is the ISO date; the reading rule is `core/dateInput.ts`.
 */
import { useKyc } from '../context/KycContext';
import { FieldShell } from './FieldShell';
import type { FieldProps } from './fieldProps';
import { useDateText } from './useDateText';

export function DateField({ question, id, value, onValueChange, onBlur, error, disabled }: FieldProps<string>) {
  const { t } = useKyc();
  const date = useDateText(value, onValueChange);
  // Text that is not a date: say which format instead of only "enter a valid date" (when an error shows).
  const message = error && date.problem ? date.problem : error;
  const hintId = `${id}-hint`;
  const key = question.attribute.key;
  return (
    <FieldShell id={id} question={question} error={message} disabled={disabled} kind="date">
      <p className="kyc-field__hint" id={hintId}>
        {/* An isolate: the example keeps its own order and marks inside the sentence. */}
        {t('field.date.hint', { example: `\u2068${date.example}\u2069` })}
      </p>
      <input
        id={id}
        name={key}
        className="kyc-input kyc-input--date"
        type="text"
        inputMode="decimal"
        autoComplete={key === 'birth_date' ? 'bday' : 'off'}
        spellCheck={false}
        maxLength={32}
        value={date.text}
        disabled={disabled}
        required={question.is_required}
        aria-invalid={message ? true : undefined}
        aria-describedby={[question.description ? `${id}-description` : '', hintId, message ? `${id}-error` : '']
          .filter(Boolean)
          .join(' ')}
        onChange={(event) => date.change(event.target.value)}
        onBlur={() => {
          date.commit();
          onBlur?.();
        }}
      />
    </FieldShell>
  );
}
