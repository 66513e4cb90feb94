/** One provider's part of the signature dialog: where the code goes, "Send code", the code and resend. */
import type { SignatureRequest } from '../../core/signature';
import { useKyc } from '../context/KycContext';
import { SignatureCodeInput } from '../fields/SignatureCodeInput';
import type { SendState } from '../hooks/useCodeSending';

export interface SignatureProviderSectionProps {
  request: SignatureRequest;
  inputId: string;
  state: SendState;
  /** Seconds left before a new code may be asked for. */
  wait: number;
  /** More than one code is asked for: name the provider in the label. */
  several: boolean;
  code: string;
  codeError: string | undefined;
  onCodeChange: (code: string) => void;
  onSend: () => void;
}

export function SignatureProviderSection(props: SignatureProviderSectionProps) {
  const { request, state, wait, code, codeError, onCodeChange, onSend } = props;
  const { t } = useKyc();
  const { provider, destination } = request;
  return (
    <div className="kyc-signature__provider" data-provider={provider} data-state={state.phase}>
      <p>
        {state.phase !== 'sent'
          ? t(`signature.description.${provider}`)
          : destination
            ? // Left-to-right isolates: "+49 151 …" stays one left-to-right run inside an Arabic sentence.
              t(`signature.sentTo.${provider}`, { destination: `\u2066${destination}\u2069` })
            : t(`signature.sent.${provider}`)}
      </p>
      {state.error ? (
        <p className="kyc-field__error" role="alert">
          {state.error}
        </p>
      ) : null}
      {state.phase === 'sent' ? (
        <>
          <SignatureCodeInput
            id={props.inputId}
            label={props.several ? t(`signature.code.${provider}`) : t('signature.code')}
            value={code}
            onValueChange={onCodeChange}
            error={codeError}
            autoFocus
          />
          <button type="button" className="kyc-button kyc-button--link" disabled={wait > 0} onClick={onSend}>
            {wait > 0 ? t('signature.resendIn', { seconds: wait }) : t('signature.resend')}
          </button>
        </>
      ) : (
        <button type="button" className="kyc-button" disabled={state.phase === 'sending'} onClick={onSend}>
          {state.phase === 'sending' ? t('signature.sending') : t('signature.send')}
        </button>
      )}
    </div>
  );
}
