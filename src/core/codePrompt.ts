/**
 * The code prompt's rounds and deliveries: opening a round sends its codes at once (no "Send code"
 * press), a new code may be asked for after the resend wait or a failed send, and an answer that comes
 * after its round was closed or replaced changes nothing. The submission controller owns the state
 * (`SubmissionSnapshot.signing`); this holds the rules of one prompt.
 */
import type { SignCodes } from './autosaveTypes';
import type { SignProvider } from './schemas';
import type { CodeMoment, SignatureRequest } from './signature';

/** A code on its way to the customer. */
export interface CodeDelivery {
  phase: 'sending' | 'sent' | 'failed';
  /** When the code was sent (`now()` time). */
  sentAt?: number;
  /** When a new code may be asked for (`now()` time), once this one is sent. */
  resendAt?: number;
  /** Why the code could not be sent. */
  error?: unknown;
}

/** The open code prompt. */
export interface Signing {
  moment: Exclude<CodeMoment, 'enter_summary'>;
  /** The round on screen: one code per provider, `sms` first, each with what it confirms. */
  requests: readonly SignatureRequest[];
  /** Rounds that follow in this prompt once this one is confirmed. */
  later: readonly (readonly SignatureRequest[])[];
  /** Rounds of this prompt already confirmed (the answers are saved: say so when the review's code follows). */
  confirmedRounds: number;
  /** Each code's delivery, by provider. */
  deliveries: Partial<Record<SignProvider, CodeDelivery>>;
  /** A new number for each round shown: new, empty code fields. */
  round: number;
}

export interface CodeDeliveryOptions {
  /** `POST /v1/verification-codes/` for one request (its provider and destination). */
  sendCode: (request: SignatureRequest) => Promise<unknown>;
  /** Milliseconds after a code is sent before a new one may be asked for. */
  resendAfterMs: number;
  now: () => number;
  /** The prompt as it is now, and the way to change it. */
  get: () => Signing | null;
  set: (signing: Signing) => void;
}

export function createCodeDeliveries(options: CodeDeliveryOptions) {
  let rounds = 0;

  function deliver(request: SignatureRequest) {
    const round = options.get()?.round;
    const set = (delivery: CodeDelivery) => {
      const signing = options.get();
      // Closed, or another round on screen: this code no longer matters.
      if (!signing || signing.round !== round) return;
      options.set({ ...signing, deliveries: { ...signing.deliveries, [request.provider]: delivery } });
    };
    set({ phase: 'sending' });
    options.sendCode(request).then(
      () => {
        const sentAt = options.now();
        set({ phase: 'sent', sentAt, resendAt: sentAt + options.resendAfterMs });
      },
      (error: unknown) => set({ phase: 'failed', error }),
    );
  }

  return {
    /** Shows the first of `plan`'s rounds (the rest follow in the same prompt) and sends its codes. */
    open(moment: Signing['moment'], plan: readonly (readonly SignatureRequest[])[], confirmedRounds = 0): boolean {
      const [requests, ...later] = plan;
      if (!requests?.length) return false;
      rounds += 1;
      options.set({ moment, requests, later, confirmedRounds, deliveries: {}, round: rounds });
      for (const request of requests) deliver(request);
      return true;
    },
    /** A new code for a provider of the open round, once the wait is over or the last send failed. */
    resend(provider: SignProvider): void {
      const signing = options.get();
      const request = signing?.requests.find((candidate) => candidate.provider === provider);
      const delivery = signing?.deliveries[provider];
      if (!request || delivery?.phase === 'sending') return;
      if (delivery?.phase === 'sent' && options.now() < (delivery.resendAt ?? 0)) return;
      deliver(request);
    },
  };
}

/** The typed codes of the providers `requests` name. */
export function codesOf(codes: SignCodes, requests: readonly SignatureRequest[]): SignCodes {
  const picked: SignCodes = {};
  for (const { provider } of requests) if (codes[provider]) picked[provider] = codes[provider];
  return picked;
}
