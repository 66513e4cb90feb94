/**
 * Sending an application to review, as one object: save what is typed, ask for the signature codes the
 * answers or the review need, check nothing required is missing, send exactly once, and say what
 * happened. A send whose answer is lost (timeout, dropped connection, gateway error) is never repeated
 * blindly: the application is read again; one the server put in review counts as sent, one it did not is
 * sent again.
 * React binds it with `useSyncExternalStore`; the rules live here, tested without a DOM.
 */
import type { AutosaveQueue, SignCodes } from './autosaveTypes';
import { KycSignatureRequiredError } from './errors';
import { canEdit, missingRequired, type QuestionRef, type ValueOverrides } from './flow';
import type { Application } from './schemas';
import { planSignature, type SignatureRequest } from './signature';
import { writeOnce } from './writeOnce';

/** The codes being asked for: to save signed answers, or because the review itself needs them. */
interface Signing {
  purpose: 'save' | 'review';
  /** One per provider, `sms` first, each with the answers it confirms (`keys`) and where it goes. */
  requests: readonly SignatureRequest[];
  /** After the codes save the answers, move on to the next step (the client pressed Continue). */
  thenContinue: boolean;
}

/** Why the last send did not go through, for the summary to say. */
export type SubmissionFailure =
  /** An answer could not be saved first (see the autosave state for why). */
  | { reason: 'unsaved' }
  /** The send-to-review call failed. */
  | { reason: 'request'; error: unknown };

/** @public (named in the declared return type of useSubmission) */
export interface SubmissionSnapshot {
  /** A send is in progress (saving first, then the call): Send is busy. */
  sending: boolean;
  /** The codes dialog to show, or null. */
  signing: Signing | null;
  failure: SubmissionFailure | null;
}

/** What a submit (or a confirmed code) led to, so the screen can follow. */
export type SubmitOutcome =
  | { kind: 'sent'; application: Application }
  | { kind: 'signing' }
  /** Required answers are missing: open the first one's step and show the errors. */
  | { kind: 'incomplete'; missing: QuestionRef[] }
  | { kind: 'failed'; failure: SubmissionFailure }
  /** Signed answers are saved; `thenContinue` as asked when the codes were requested. */
  | { kind: 'signed'; thenContinue: boolean }
  /** A send (or a confirmation of codes) was already in progress; this call sent nothing. */
  | { kind: 'busy' };

export interface SubmissionOptions {
  queue: Pick<AutosaveQueue, 'flush' | 'getSnapshot' | 'hasUnsaved' | 'signedChanges' | 'sign'>;
  /** The application as last read or saved. */
  getApplication: () => Application;
  /** Answers on screen that count even before they are saved. */
  getOverrides: () => ValueOverrides;
  /** `POST /v1/kyc/{uuid}/send-to-review/`, with codes when the review needs them. */
  sendToReview: (codes: SignCodes | undefined) => Promise<Application>;
  /**
   * Reads the application from the server (`GET /v1/kyc/{uuid}/`). After a send whose answer was lost it
   * tells whether the send went through; without it such a send is reported as failed.
   */
  readApplication?: (() => Promise<Application>) | undefined;
  /** The application in review, once the call succeeded. */
  onSent?: (application: Application) => void;
}

export interface SubmissionController {
  /**
   * Sends to review (single-flight: a second call while one runs is `busy`, and one while the codes dialog
   * is open is `signing`: the dialog's Confirm sends).
   */
  submit(): Promise<SubmitOutcome>;
  /**
   * Opens the codes dialog for the signed answers waiting in the autosave queue; returns false when
   * none wait (nothing to sign).
   */
  requestSignature(options: { thenContinue: boolean }): boolean;
  /**
   * Uses the codes typed in the dialog. Throws `KycSignatureRequiredError` when a code is refused (the
   * dialog says so and stays open); other failures throw too. Closes the dialog on success. Single-flight:
   * a second call while one runs is `busy`.
   */
  confirmSignature(codes: SignCodes): Promise<SubmitOutcome>;
  /** Closes the dialog; the signed answers stay unsaved (and on screen) until signed. */
  cancelSignature(): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): SubmissionSnapshot;
  /** Stops notifying; a send in flight still finishes (the server decides), but nobody hears of it. */
  dispose(): void;
}

export function createSubmissionController(options: SubmissionOptions): SubmissionController {
  const { queue } = options;
  const listeners = new Set<() => void>();
  let snapshot: SubmissionSnapshot = { sending: false, signing: null, failure: null };
  let disposed = false;
  let confirming = false;

  function update(patch: Partial<SubmissionSnapshot>) {
    snapshot = { ...snapshot, ...patch };
    if (!disposed) for (const listener of [...listeners]) listener();
  }

  function saveSigning(thenContinue: boolean): Signing {
    return { purpose: 'save', requests: planSignature(queue.signedChanges(), options.getApplication()), thenContinue };
  }

  async function send(codes: SignCodes | undefined): Promise<SubmitOutcome> {
    if (snapshot.sending) return { kind: 'busy' };
    // The codes dialog is open: its Confirm sends, so another press of Send (a double click) waits for it.
    if (snapshot.signing && !codes) return { kind: 'signing' };
    update({ sending: true, failure: null });
    try {
      await queue.flush();
      if (queue.getSnapshot().signatureNeeded) {
        update({ signing: saveSigning(false) });
        return { kind: 'signing' };
      }
      if (queue.hasUnsaved()) return fail({ reason: 'unsaved' });
      const missing = missingRequired(options.getApplication(), options.getOverrides());
      if (missing.length) {
        update({ signing: null });
        return { kind: 'incomplete', missing };
      }
      const application = await sendOnce(codes);
      update({ signing: null });
      if (!disposed) options.onSent?.(application);
      return { kind: 'sent', application };
    } catch (error) {
      if (error instanceof KycSignatureRequiredError) {
        if (codes) throw error;
        const requests = error.providers.map((provider) => ({ provider, keys: [] }));
        update({ signing: { purpose: 'review', requests, thenContinue: false } });
        return { kind: 'signing' };
      }
      return fail({ reason: 'request', error });
    } finally {
      update({ sending: false });
    }
  }

  /**
   * The send-to-review call. When its answer is lost the application is read: in review means it went
   * through; still editable means it did not, and it is sent again (`writeOnce`).
   */
  function sendOnce(codes: SignCodes | undefined): Promise<Application> {
    const read = options.readApplication;
    if (!read) return options.sendToReview(codes);
    return writeOnce(
      () => options.sendToReview(codes),
      async () => {
        const current = await read();
        return canEdit(current.status) ? 'not_done' : current;
      },
    );
  }

  function fail(failure: SubmissionFailure): SubmitOutcome {
    update({ failure });
    return { kind: 'failed', failure };
  }

  return {
    submit: () => send(undefined),
    requestSignature({ thenContinue }) {
      if (!queue.getSnapshot().signatureNeeded) return false;
      update({ signing: saveSigning(thenContinue) });
      return true;
    },
    async confirmSignature(codes) {
      const signing = snapshot.signing;
      if (!signing) return { kind: 'signed', thenContinue: false };
      if (signing.purpose === 'review') return send(codes);
      if (confirming) return { kind: 'busy' };
      confirming = true;
      try {
        if (!(await queue.sign(codes))) {
          const state = queue.getSnapshot();
          throw state.signatureNeeded?.error ?? state.lastError ?? new Error('The answers could not be saved.');
        }
      } finally {
        confirming = false;
      }
      update({ signing: null });
      return { kind: 'signed', thenContinue: signing.thenContinue };
    },
    cancelSignature: () => update({ signing: null }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    dispose() {
      disposed = true;
      listeners.clear();
    },
  };
}
