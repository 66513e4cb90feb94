/** The fallback for an attribute type the widget does not know: the question stays visible, nothing blanks. */
import { FieldShell } from './FieldShell';
import type { FieldProps } from './fieldProps';
import { useKyc } from '../context/KycContext';

export function UnknownField({ question, id, value, error }: FieldProps) {
  const { t } = useKyc();
  const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : null;
  return (
    <FieldShell id={id} question={question} error={error} kind="unknown" as="group">
      {shown ? (
        <p className="kyc-field__value" id={id}>
          {shown}
        </p>
      ) : null}
      <p className="kyc-field__hint" id={shown ? undefined : id}>
        {t('field.unknown')}
      </p>
    </FieldShell>
  );
}
