/**
 * The signature-code input: digits only, one-time-code autofill (SMS on phones), paste of a whole
 * code, and the error tied to the input.
 */
import type { ClipboardEvent } from 'react';

export interface SignatureCodeInputProps {
  id: string;
  label: string;
  value: string;
  onValueChange: (code: string) => void;
  /** Digits in a code. Default 6. */
  length?: number | undefined;
  error?: string | undefined;
  disabled?: boolean | undefined;
  autoFocus?: boolean | undefined;
}

export function SignatureCodeInput({
  id,
  label,
  value,
  onValueChange,
  length = 6,
  error,
  disabled,
  autoFocus,
}: SignatureCodeInputProps) {
  const clean = (raw: string) => raw.replace(/\D/g, '').slice(0, length);
  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const pasted = clean(event.clipboardData.getData('text'));
    if (!pasted) return;
    event.preventDefault();
    onValueChange(pasted);
  }
  return (
    <div className="kyc-code" data-invalid={error ? true : undefined}>
      <label className="kyc-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="kyc-input kyc-code__input"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern={`\\d{${length}}`}
        maxLength={length}
        spellCheck={false}
        dir="ltr"
        value={value}
        disabled={disabled}
        // The dialog opens on the client's request, so taking focus there is expected.
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onValueChange(clean(event.target.value))}
        onPaste={onPaste}
      />
      {error ? (
        <p className="kyc-field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
