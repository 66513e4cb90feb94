/**
 * Sending verification codes for the signature dialog: per provider, whether a code is on its way or
 * sent (and when, for the resend countdown), and the failure to show, in the widget's words. Single-flight
 * per provider: a double click or a click plus Enter sends one code.
 */
import { useEffect, useRef, useState } from 'react';
import type { SignProvider } from '../../core/schemas';
import type { SignatureRequest } from '../../core/signature';
import { useKyc } from '../context/KycContext';
import { failureText } from '../flow/errorMessage';

export interface SendState {
  phase: 'idle' | 'sending' | 'sent';
  error?: string | undefined;
  sentAt?: number | undefined;
}

export function useCodeSending(applicationUuid: string) {
  const { client, t, emit } = useKyc();
  const [sends, setSends] = useState<Partial<Record<SignProvider, SendState>>>({});
  /** Providers with a send in flight, known at once (state only after the next render). */
  const sending = useRef(new Set<SignProvider>());

  async function send({ provider, destination }: SignatureRequest) {
    if (sending.current.has(provider)) return;
    sending.current.add(provider);
    setSends((s) => ({ ...s, [provider]: { phase: 'sending' } }));
    try {
      await client.sendVerificationCode({ applicationUuid, provider, destination });
      emit({ type: 'signature_requested', provider });
      setSends((s) => ({ ...s, [provider]: { phase: 'sent', sentAt: Date.now() } }));
    } catch (error) {
      const message = failureText(t, error, 'signature.sendError');
      setSends((s) => ({ ...s, [provider]: { phase: 'idle', error: message } }));
    } finally {
      sending.current.delete(provider);
    }
  }

  return { sends, send };
}

/** The current time, ticking every second while `active` (for the resend countdown). */
export function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}
