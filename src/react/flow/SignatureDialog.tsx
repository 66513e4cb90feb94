/**
 * Asks the client for signature codes: one section per provider (SMS, e-mail) with "Send code",
 * the code input and a resend cooldown, then one Confirm that hands every code to `onConfirm`.
 * A refused code keeps the dialog open with the message at the input.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { KycSignatureRequiredError, isKycError } from '../../core/errors';
import type { SignCodes } from '../../core/client';
import type { SignProvider } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { SignatureCodeInput } from '../fields/SignatureCodeInput';

export interface SignatureRequest {
  provider: SignProvider;
  /** The new phone number / e-mail the code goes to (sent as `destination`), if it is new. */
  destination?: string | undefined;
}

export interface SignatureDialogProps {
  applicationUuid: string;
  requests: SignatureRequest[];
  onConfirm: (codes: SignCodes) => Promise<void>;
  onCancel: () => void;
  /** Seconds before a new code can be asked for. Default 30. */
  resendAfterSeconds?: number | undefined;
}

type SendState = { phase: 'idle' | 'sending' | 'sent'; error?: string | undefined; sentAt?: number | undefined };

export function SignatureDialog({
  applicationUuid,
  requests,
  onConfirm,
  onCancel,
  resendAfterSeconds = 30,
}: SignatureDialogProps) {
  const { client, t, emit } = useKyc();
  const baseId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [sends, setSends] = useState<Partial<Record<SignProvider, SendState>>>({});
  const [codes, setCodes] = useState<SignCodes>({});
  const [codeErrors, setCodeErrors] = useState<Partial<Record<SignProvider, string>>>({});
  const [confirming, setConfirming] = useState(false);
  const now = useNow(Object.values(sends).some((s) => s?.phase === 'sent'));

  useEffect(() => heading.current?.focus(), []);

  async function send({ provider, destination }: SignatureRequest) {
    setSends((s) => ({ ...s, [provider]: { phase: 'sending' } }));
    try {
      await client.sendVerificationCode({ applicationUuid, provider, destination });
      emit({ type: 'signature_requested', provider });
      setSends((s) => ({ ...s, [provider]: { phase: 'sent', sentAt: Date.now() } }));
    } catch (error) {
      const message = isKycError(error) && error.kind === 'validation' ? error.message : t('signature.sendError');
      setSends((s) => ({ ...s, [provider]: { phase: 'idle', error: message } }));
    }
  }

  async function confirm() {
    if (confirming) return;
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
        setCodeErrors({
          [requests[0]?.provider ?? 'sms']: isKycError(error) ? error.message : t('signature.sendError'),
        });
      }
    } finally {
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
        const { provider, destination } = request;
        const state = sends[provider] ?? { phase: 'idle' };
        const wait = state.sentAt ? Math.max(0, resendAfterSeconds - Math.floor((now - state.sentAt) / 1000)) : 0;
        return (
          <div key={provider} className="kyc-signature__provider" data-provider={provider} data-state={state.phase}>
            <p>
              {state.phase === 'sent'
                ? destination
                  ? t(`signature.sentTo.${provider}`, { destination })
                  : t(`signature.sent.${provider}`)
                : t(`signature.description.${provider}`)}
            </p>
            {state.error ? (
              <p className="kyc-field__error" role="alert">
                {state.error}
              </p>
            ) : null}
            {state.phase === 'sent' ? (
              <>
                <SignatureCodeInput
                  id={`${baseId}-${provider}`}
                  label={requests.length > 1 ? t(`signature.code.${provider}`) : t('signature.code')}
                  value={codes[provider] ?? ''}
                  onValueChange={(code) => setCodes((c) => ({ ...c, [provider]: code }))}
                  error={codeErrors[provider]}
                  autoFocus
                />
                <button
                  type="button"
                  className="kyc-button kyc-button--link"
                  disabled={wait > 0}
                  onClick={() => void send(request)}
                >
                  {wait > 0 ? t('signature.resendIn', { seconds: wait }) : t('signature.resend')}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="kyc-button"
                disabled={state.phase === 'sending'}
                onClick={() => void send(request)}
              >
                {state.phase === 'sending' ? t('signature.sending') : t('signature.send')}
              </button>
            )}
          </div>
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

/** The current time, ticking every second while `active` (for the resend countdown). */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}
