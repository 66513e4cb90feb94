/**
 * "Which document do you have?": one radio per identity document the step offers, each a tile with a
 * small drawing and the document's name. Picking one shows that document's sides below; nothing is
 * saved by picking (the answers are the uploads).
 */
import type { IdentityKind } from '../../core/documentChoice';
import { useKyc } from '../context/KycContext';
import { DocumentExample } from './DocumentExample';
import { kindName } from './documentMessages';

export interface DocumentTypeChoiceProps {
  /** Id of the first radio (the control the error summary leads to). */
  id: string;
  kinds: readonly IdentityKind[];
  chosen: IdentityKind | null;
  onPick: (kind: IdentityKind) => void;
  required: boolean;
  /** Shown under the choice while no document is chosen and the step needs one. */
  error?: string | undefined;
  disabled?: boolean | undefined;
}

export function DocumentTypeChoice({ id, kinds, chosen, onPick, required, error, disabled }: DocumentTypeChoiceProps) {
  const { t } = useKyc();
  const errorId = `${id}-choice-error`;
  return (
    <fieldset
      className="kyc-field kyc-doc-choice"
      data-kind="document_choice"
      data-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="kyc-field__label">
        {t('document.choice.legend')}
        <span className="kyc-field__marker" data-required={required || undefined}>
          {required ? ` (${t('steps.required')})` : ` (${t('steps.optional')})`}
        </span>
      </legend>
      <div className="kyc-doc-choice__options">
        {kinds.map((kind, index) => (
          <label key={kind} className="kyc-doc-choice__option" data-kind={kind}>
            <input
              type="radio"
              id={index === 0 ? id : `${id}-${kind}`}
              name={`${id}-document`}
              value={kind}
              checked={chosen === kind}
              disabled={disabled}
              aria-invalid={error ? true : undefined}
              onChange={() => onPick(kind)}
            />
            <DocumentExample kind={kind} side="front" variant="icon" />
            <span className="kyc-doc-choice__name">{kindName(kind, t)}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="kyc-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
