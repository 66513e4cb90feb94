/** A yes/no question as two radio buttons (never a pre-selected answer). */
import { FieldShell } from './FieldShell';
import type { FieldProps } from './fieldProps';
import { useKyc } from '../context/KycContext';

export function BooleanField({ question, id, value, onValueChange, onBlur, error, disabled }: FieldProps<boolean>) {
  const { t } = useKyc();
  const options = [
    { answer: true, label: t('field.boolean.yes') },
    { answer: false, label: t('field.boolean.no') },
  ];
  return (
    <FieldShell id={id} question={question} error={error} disabled={disabled} kind="boolean" as="group">
      <div className="kyc-choice-row" role="presentation">
        {options.map(({ answer, label }, index) => (
          <label key={label} className="kyc-choice">
            <input
              type="radio"
              id={index === 0 ? id : `${id}-${index}`}
              name={question.attribute.key}
              checked={value === answer}
              disabled={disabled}
              aria-invalid={error ? true : undefined}
              onChange={() => onValueChange(answer)}
              onBlur={onBlur}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </FieldShell>
  );
}
