/**
 * One round of the code prompt: a code field per provider (what the code confirms, where it was sent,
 * "Send a new code" after the wait), then Cancel and Confirm. A refused code keeps the round open with
 * the message at its field; a failed call says so above the actions and Confirm tries again.
 */
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SignCodes } from '../../core/autosaveTypes';
import { KycSignatureRequiredError } from '../../core/errors';
import type { SignProvider } from '../../core/schemas';
import type { Signing, SubmitOutcome } from '../../core/submission';
import { useKyc } from '../context/KycContext';
import { useNow } from '../hooks/useNow';
import { failureText } from './errorMessage';
import { SignatureProviderSection } from './SignatureProviderSection';

export interface CodeRoundProps {
  signing: Signing;
  /** The question title of an answer key, to say which answers a code confirms. */
  titleOf: (key: string) => string | undefined;
  /** The phone or e-mail on file, for a code whose request names no new destination. */
  contactOf: (provider: SignProvider) => string | undefined;
  onConfirm: (codes: SignCodes) => Promise<SubmitOutcome>;
  onResend: (provider: SignProvider) => void;
  onCancel: () => void;
  /** Whether a confirmation is in flight (Escape does not close the prompt then). */
  onBusyChange: (busy: boolean) => void;
}

export function CodeRound(props: CodeRoundProps) {
  const { signing, titleOf, contactOf, onConfirm, onResend, onCancel, onBusyChange } = props;
  const { t, emit } = useKyc();
  const baseId = useId();
  const { requests, deliveries } = signing;
  const [codes, setCodes] = useState<SignCodes>({});
  const [codeErrors, setCodeErrors] = useState<Partial<Record<SignProvider, string>>>({});
  const [failure, setFailure] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  /** Known at once, unlike `confirming`: a double click or a click plus Enter confirms once. */
  const inFlight = useRef(false);
  const now = useNow(requests.some(({ provider }) => (deliveries[provider]?.resendAt ?? 0) > Date.now()));
  const root = useRef<HTMLDivElement>(null);
  /** Where focus goes when a confirmation ends: Confirm was disabled meanwhile, so the focus fell out. */
  const refocus = useRef<string>(undefined);
  useLayoutEffect(() => {
    const scope = root.current?.getRootNode() as Document | ShadowRoot | undefined;
    if (confirming || !refocus.current || !scope || !root.current) return;
    const target = scope.getElementById(refocus.current);
    refocus.current = undefined;
    if (scope.activeElement && root.current.contains(scope.activeElement)) return; // the client is in a field
    target?.focus();
    if (target instanceof HTMLInputElement) target.select(); // typing the code again replaces it
  }, [confirming]);

  async function confirm() {
    if (inFlight.current) return;
    inFlight.current = true;
    onBusyChange(true);
    setConfirming(true);
    setCodeErrors({});
    setFailure(undefined);
    try {
      const outcome = await onConfirm(codes);
      if (outcome.kind === 'failed' && outcome.failure.reason === 'request') {
        setFailure(failureText(t, outcome.failure.error, 'signature.confirmError'));
        refocus.current = `${baseId}-confirm`;
      } else if (outcome.kind !== 'busy') {
        for (const { provider } of requests) emit({ type: 'signature_confirmed', provider });
      }
    } catch (error) {
      if (error instanceof KycSignatureRequiredError) {
        const errors: Partial<Record<SignProvider, string>> = {};
        for (const provider of error.providers) {
          errors[provider] = t('signature.invalid');
          emit({ type: 'signature_refused', provider });
        }
        setCodeErrors(errors);
        const first = requests.find(({ provider }) => error.providers.includes(provider));
        refocus.current = first ? `${baseId}-${first.provider}` : undefined;
      } else {
        setFailure(failureText(t, error, 'signature.confirmError'));
        refocus.current = `${baseId}-confirm`;
      }
    } finally {
      inFlight.current = false;
      onBusyChange(false);
      setConfirming(false);
    }
  }

  const ready = requests.every(({ provider }) => (codes[provider]?.length ?? 0) === 6);
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault(); // not the questionnaire's form around the dialog
    if (ready) void confirm();
  }
  return (
    <div className="kyc-dialog__round" onKeyDown={onKeyDown} ref={root}>
      {requests.map((request) => (
        <SignatureProviderSection
          key={request.provider}
          request={request}
          inputId={`${baseId}-${request.provider}`}
          sentTo={request.destination ?? contactOf(request.provider)}
          delivery={deliveries[request.provider]}
          now={now}
          several={requests.length > 1}
          confirms={request.keys.map((key) => titleOf(key) ?? '').filter(Boolean)}
          code={codes[request.provider] ?? ''}
          codeError={codeErrors[request.provider]}
          onCodeChange={(code) => setCodes((c) => ({ ...c, [request.provider]: code }))}
          onResend={() => onResend(request.provider)}
        />
      ))}
      {failure ? (
        <p className="kyc-field__error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="kyc-actions">
        <button type="button" className="kyc-button kyc-button--secondary" onClick={onCancel} disabled={confirming}>
          {t('signature.cancel')}
        </button>
        <button
          type="button"
          id={`${baseId}-confirm`}
          className="kyc-button kyc-button--primary"
          onClick={() => void confirm()}
          disabled={!ready || confirming}
        >
          {confirming ? t('signature.confirming') : t('signature.confirm')}
        </button>
      </div>
    </div>
  );
}
