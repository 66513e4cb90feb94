/**
 * Asks the client for signature codes: one section per provider (SMS, e-mail) with "Send code",
 * the code input and a resend cooldown, then one Confirm that hands every code to `onConfirm`.
 * A refused code keeps the dialog open with the message at the input.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { SignCodes } from '../../core/autosaveTypes';
import { KycSignatureRequiredError } from '../../core/errors';
import type { SignProvider } from '../../core/schemas';
import type { SignatureRequest } from '../../core/signature';
import { useKyc } from '../context/KycContext';
import { useCodeSending, useNow } from '../hooks/useCodeSending';
import { failureText } from './errorMessage';
import { SignatureProviderSection } from './SignatureProviderSection';

export interface SignatureDialogProps {
  applicationUuid: string;
  requests: readonly SignatureRequest[];
  onConfirm: (codes: SignCodes) => Promise<void>;
  onCancel: () => void;
  /** Seconds before a new code can be asked for. Default 30. */
  resendAfterSeconds?: number | undefined;
}

export function SignatureDialog({
  applicationUuid,
  requests,
  onConfirm,
  onCancel,
  resendAfterSeconds = 30,
}: SignatureDialogProps) {
  const { t, emit } = useKyc();
  const baseId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { sends, send } = useCodeSending(applicationUuid);
  const [codes, setCodes] = useState<SignCodes>({});
  const [codeErrors, setCodeErrors] = useState<Partial<Record<SignProvider, string>>>({});
  const [confirming, setConfirming] = useState(false);
  /** Known at once, unlike `confirming`: a double click or a click plus Enter confirms once. */
  const inFlight = useRef(false);
  const now = useNow(Object.values(sends).some((s) => s?.phase === 'sent'));

  useEffect(() => heading.current?.focus(), []);

  async function confirm() {
    if (inFlight.current) return;
    inFlight.current = true;
    setConfirming(true);
    setCodeErrors({});
    try {
      await onConfirm(codes);
      for (const { provider } of requests) emit({ type: 'signature_confirmed', provider });
    } catch (error) {
      if (error instanceof KycSignatureRequiredError) {
        const errors: Partial<Record<SignProvider, string>> = {};
        for (const provider of error.providers) {
          errors[provider] = t('signature.invalid');
          emit({ type: 'signature_refused', provider });
        }
        setCodeErrors(errors);
      } else {
        setCodeErrors({ [requests[0]?.provider ?? 'sms']: failureText(t, error, 'signature.confirmError') });
      }
    } finally {
      inFlight.current = false;
      setConfirming(false);
    }
  }

  const ready = requests.every(
    ({ provider }) => sends[provider]?.phase === 'sent' && (codes[provider]?.length ?? 0) === 6,
  );
  return (
    <section className="kyc-signature" role="dialog" aria-modal="false" aria-labelledby={`${baseId}-title`}>
      <h3 className="kyc-signature__title" id={`${baseId}-title`} ref={heading} tabIndex={-1}>
        {t('signature.title')}
      </h3>
      {requests.map((request) => {
        const state = sends[request.provider] ?? { phase: 'idle' };
        const wait = state.sentAt ? Math.max(0, resendAfterSeconds - Math.floor((now - state.sentAt) / 1000)) : 0;
        return (
          <SignatureProviderSection
            key={request.provider}
            request={request}
            inputId={`${baseId}-${request.provider}`}
            state={state}
            wait={wait}
            several={requests.length > 1}
            code={codes[request.provider] ?? ''}
            codeError={codeErrors[request.provider]}
            onCodeChange={(code) => setCodes((c) => ({ ...c, [request.provider]: code }))}
            onSend={() => void send(request)}
          />
        );
      })}
      <div className="kyc-actions">
        <button type="button" className="kyc-button kyc-button--secondary" onClick={onCancel} disabled={confirming}>
          {t('signature.cancel')}
        </button>
        <button
          type="button"
          className="kyc-button kyc-button--primary"
          onClick={() => void confirm()}
          disabled={!ready || confirming}
          aria-disabled={!ready || confirming}
        >
          {confirming ? t('signature.confirming') : t('signature.confirm')}
        </button>
      </div>
    </section>
  );
}
