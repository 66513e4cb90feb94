/** The "one side only" checkbox under a two-sided document's front (its picture then also goes as the back). */
import { useKyc } from '../context/KycContext';

export interface OneSidedChoiceProps {
  checked: boolean;
  disabled: boolean | undefined;
  onChange: (checked: boolean) => void;
}

export function OneSidedChoice({ checked, disabled, onChange }: OneSidedChoiceProps) {
  const { t } = useKyc();
  return (
    <label className="kyc-choice kyc-document__single">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>{t('document.singleSided')}</span>
    </label>
  );
}
