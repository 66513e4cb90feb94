/**
 * The code prompt: a modal `<dialog>` (top layer, page behind inert, Escape closes, focus returns to the
 * control that opened it). It shows the controller's open round (`core/codePrompt.ts`): the codes are
 * already on their way when it opens; a round that follows (the review's own code) replaces the fields in
 * the same dialog. Focus starts in the first code field asked for (SMS before e-mail).
 */
import { useId, useLayoutEffect, useRef } from 'react';
import { useKyc } from '../context/KycContext';
import { useModalDialog } from '../hooks/useModalDialog';
import { CodeRound, type CodeRoundProps } from './CodeRound';

/** What the dialog shows and reports: its round's props, less what the dialog itself tracks. */
export type SignatureDialogProps = Omit<CodeRoundProps, 'onBusyChange'>;

export function SignatureDialog({ signing, titleOf, contactOf, onConfirm, onResend, onCancel }: SignatureDialogProps) {
  const { t } = useKyc();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const busy = useRef(false);
  const modal = useModalDialog(dialog, () => {
    if (!busy.current) onCancel();
  });

  // Each round starts in its first code field: the first code asked for.
  useLayoutEffect(() => {
    dialog.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [signing.round]);

  return (
    <dialog
      ref={dialog}
      className="kyc-dialog kyc-signature"
      aria-labelledby={titleId}
      aria-modal="true"
      data-moment={signing.moment}
      data-round={signing.round}
      onKeyDown={modal.onKeyDown}
    >
      <h2 className="kyc-dialog__title" id={titleId}>
        {t('signature.title')}
      </h2>
      {signing.confirmedRounds > 0 ? (
        <p className="kyc-dialog__note" role="status">
          {t('signature.answersSaved')}
        </p>
      ) : null}
      <CodeRound
        key={signing.round}
        signing={signing}
        titleOf={titleOf}
        contactOf={contactOf}
        onConfirm={onConfirm}
        onResend={onResend}
        onCancel={onCancel}
        onBusyChange={(value) => {
          busy.current = value;
        }}
      />
    </dialog>
  );
}
