/**
 * One provider's part of the code prompt: where the code went (or that it is on its way, or could not be
 * sent), what it confirms, the code field, and "Send a new code" once the wait is over.
 */
import type { CodeDelivery } from '../../core/submission';
import type { SignatureRequest } from '../../core/signature';
import { useKyc } from '../context/KycContext';
import { SignatureCodeInput } from '../fields/SignatureCodeInput';
import { failureText } from './errorMessage';

export interface SignatureProviderSectionProps {
  request: SignatureRequest;
  inputId: string;
  /** Where the code went: the new destination, else the phone or e-mail on file. */
  sentTo: string | undefined;
  delivery: CodeDelivery | undefined;
  /** The current time, for the resend wait. */
  now: number;
  /** More than one code is asked for: name the provider in the label. */
  several: boolean;
  /** The titles of the answers the code confirms (none for the review's own code). */
  confirms: readonly string[];
  code: string;
  codeError: string | undefined;
  onCodeChange: (code: string) => void;
  onResend: () => void;
}

export function SignatureProviderSection(props: SignatureProviderSectionProps) {
  const { request, delivery, code, codeError, onCodeChange, onResend } = props;
  const { t, locale } = useKyc();
  const { provider } = request;
  const phase = delivery?.phase ?? 'sending';
  // The clock of the screen may lag behind the moment the code went: count from then at the latest.
  const now = Math.max(props.now, delivery?.sentAt ?? 0);
  const wait = phase === 'sent' ? Math.max(0, Math.ceil(((delivery?.resendAt ?? 0) - now) / 1000)) : 0;
  // Left-to-right isolates keep "+49 151 …" one run inside an Arabic sentence; first-strong isolates let
  // each question title keep its own direction.
  const where = props.sentTo ? `\u2066${props.sentTo}\u2069` : undefined;
  const answers = list(
    locale,
    props.confirms.map((title) => `\u2068${title}\u2069`),
  );
  return (
    <div className="kyc-signature__provider" data-provider={provider} data-state={phase}>
      <p aria-live="polite">
        {phase === 'sending'
          ? t(`signature.sendingCode.${provider}`)
          : phase === 'failed'
            ? failureText(t, delivery?.error, 'signature.sendError')
            : where
              ? t(`signature.sentTo.${provider}`, { destination: where })
              : t(`signature.sent.${provider}`)}
      </p>
      {request.review || props.confirms.length ? (
        <p className="kyc-muted">
          {request.review ? t('signature.confirmsReview') : t('signature.confirms', { answers })}
        </p>
      ) : null}
      <SignatureCodeInput
        id={props.inputId}
        label={props.several ? t(`signature.code.${provider}`) : t('signature.code')}
        value={code}
        onValueChange={onCodeChange}
        error={codeError}
      />
      <button
        type="button"
        className="kyc-button kyc-button--link"
        disabled={phase === 'sending' || wait > 0}
        onClick={onResend}
      >
        {wait > 0 ? t('signature.resendIn', { seconds: wait }) : t('signature.resend')}
      </button>
    </div>
  );
}

function list(locale: string, items: readonly string[]): string {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
