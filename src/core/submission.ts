/**
 * Sending an application to review, as one object: save what is typed, ask for the signature codes the
 * answers or the review need (which codes, and when: `codePlan`), check nothing required is missing, send
 * exactly once, and say what happened. The codes of a prompt are sent when it opens; a round that follows
 * in the same prompt (the review's own code after the answers' code was used) is sent as soon as the call
 * before it succeeded. A send whose answer is lost (timeout, dropped connection, gateway error) is never
 * repeated blindly: the application is read again; one the server put in review counts as sent.
 * React binds it with `useSyncExternalStore`; the rules live here, tested without a DOM.
 */
import type { CurrentLegalDocuments } from './answerRules';
import type { AutosaveQueue, SignCodes } from './autosaveTypes';
import { codesOf, createCodeDeliveries, type Signing } from './codePrompt';
import { KycSignatureRequiredError } from './errors';
import { canEdit, missingRequired, type QuestionRef, type ValueOverrides } from './flow';
import type { Application, SignProvider } from './schemas';
import { codePlan, reviewRequests, type CodeMoment, type SignatureRequest } from './signature';
import { writeOnce } from './writeOnce';

export type { CodeDelivery, Signing } from './codePrompt';

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
  /** The code prompt to show, or null. */
  signing: Signing | null;
  failure: SubmissionFailure | null;
}

/** What a submit (or a confirmed code) led to, so the screen can follow. */
export type SubmitOutcome =
  | { kind: 'sent'; application: Application }
  /** The code prompt is open (or stays open with the next round). */
  | { kind: 'signing' }
  /** Required answers are missing: open the first one's step and show the errors. */
  | { kind: 'incomplete'; missing: QuestionRef[] }
  | { kind: 'failed'; failure: SubmissionFailure }
  /** Signed answers are saved; `thenContinue`: the prompt opened on leaving a step, so move on. */
  | { kind: 'signed'; thenContinue: boolean }
  /** A send (or a confirmation of codes) was already in progress; this call sent nothing. */
  | { kind: 'busy' }
  /** `beforeSend` held the send: answers changed elsewhere, and the client should look at them first. */
  | { kind: 'changed' };

export interface SubmissionOptions {
  queue: Pick<AutosaveQueue, 'flush' | 'getSnapshot' | 'hasUnsaved' | 'signedChanges' | 'sign'>;
  /** The application as last read or saved. */
  getApplication: () => Application;
  /** Answers on screen that count even before they are saved. */
  getOverrides: () => ValueOverrides;
  /** The legal documents published now, as far as known: accepting an earlier version is no answer. */
  currentLegalDocuments?: CurrentLegalDocuments | undefined;
  /** `POST /v1/kyc/{uuid}/send-to-review/`, with codes when the review needs them. */
  sendToReview: (codes: SignCodes | undefined) => Promise<Application>;
  /** `POST /v1/verification-codes/` for one request (its provider and destination). */
  sendCode: (request: SignatureRequest) => Promise<unknown>;
  /**
   * Reads the application from the server (`GET /v1/kyc/{uuid}/`). After a send whose answer was lost it
   * tells whether the send went through; without it such a send is reported as failed.
   */
  readApplication?: (() => Promise<Application>) | undefined;
  /**
   * Asked once per press of Send, before anything is saved or sent: true holds the send (`changed`),
   * e.g. because another tab or device changed answers since they were shown, so the client looks first.
   */
  beforeSend?: (() => Promise<boolean>) | undefined;
  /** The application in review, once the call succeeded. */
  onSent?: (application: Application) => void;
  /** Milliseconds after a code is sent before a new one may be asked for. Default 30 000. */
  resendAfterMs?: number | undefined;
  /** Clock for the resend wait. Default `Date.now`. */
  now?: (() => number) | undefined;
}

export interface SubmissionController {
  /**
   * Sends to review (single-flight: a second call while one runs is `busy`, and one while the prompt is
   * open is `signing`: the prompt's Confirm sends).
   */
  submit(): Promise<SubmitOutcome>;
  /**
   * Opens the prompt for the signed answers waiting, as `codePlan` says for the moment (on entering the
   * summary it asks nothing: Send does). True when a prompt opened (its codes are being sent).
   */
  requestSignature(moment: 'leave_step' | 'enter_summary' | 'confirm'): boolean;
  /** Sends a new code to a provider of the open round (after the resend wait, or a failed send). */
  resendCode(provider: SignProvider): void;
  /**
   * Uses the codes typed for the open round. Throws `KycSignatureRequiredError` when a code is refused (the
   * prompt says so and stays open); a failed save throws too. In the send moment it goes on to send; a
   * round that follows stays in the prompt (`signing`). Single-flight: a second call while one runs is `busy`.
   */
  confirmSignature(codes: SignCodes): Promise<SubmitOutcome>;
  /** Closes the prompt; the signed answers stay unsaved (and on screen) until signed. */
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
  /** What the review needs, once the server said so. */
  let reviewProviders: readonly SignProvider[] = [];

  function update(patch: Partial<SubmissionSnapshot>) {
    snapshot = { ...snapshot, ...patch };
    if (!disposed) for (const listener of [...listeners]) listener();
  }

  const prompt = createCodeDeliveries({
    sendCode: options.sendCode,
    resendAfterMs: options.resendAfterMs ?? 30_000,
    now: options.now ?? Date.now,
    get: () => snapshot.signing,
    set: (signing) => update({ signing }),
  });
  const open = prompt.open;

  function plan(moment: CodeMoment) {
    return codePlan({ moment, changes: queue.signedChanges(), app: options.getApplication(), reviewProviders });
  }

  /** Saves, checks and sends; `reviewCodes` are the review's codes typed in the prompt. */
  async function proceed(reviewCodes: SignCodes | undefined, pressed = false): Promise<SubmitOutcome> {
    update({ sending: true, failure: null });
    const confirmedRounds = snapshot.signing?.confirmedRounds ?? 0;
    try {
      if (pressed && (await options.beforeSend?.())) return { kind: 'changed' };
      await queue.flush();
      if (queue.getSnapshot().signatureNeeded) {
        open('send', plan('send'), confirmedRounds);
        return { kind: 'signing' };
      }
      if (queue.hasUnsaved()) return fail({ reason: 'unsaved' });
      const missing = missingRequired(options.getApplication(), options.getOverrides(), options.currentLegalDocuments);
      if (missing.length) {
        update({ signing: null });
        return { kind: 'incomplete', missing };
      }
      const application = await sendOnce(reviewCodes);
      update({ signing: null });
      if (!disposed) options.onSent?.(application);
      return { kind: 'sent', application };
    } catch (error) {
      if (!(error instanceof KycSignatureRequiredError)) return fail({ reason: 'request', error });
      reviewProviders = error.providers;
      // A code typed for one of these providers was refused: the prompt says so and stays open.
      if (error.providers.some((provider) => reviewCodes?.[provider])) throw error;
      // The review needs codes nobody asked for yet: the next round, in the prompt already open.
      if (!open('send', [reviewRequests(error.providers)], confirmedRounds)) return fail({ reason: 'request', error });
      return { kind: 'signing' };
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
    // An unsaved answer closes the prompt (the summary says why); a failed send leaves it open to retry.
    update({ failure, ...(failure.reason === 'unsaved' ? { signing: null } : {}) });
    return { kind: 'failed', failure };
  }

  async function confirm(signing: Signing, codes: SignCodes): Promise<SubmitOutcome> {
    const forAnswers = signing.requests.filter((request) => !request.review);
    if (forAnswers.length && !(await queue.sign(codesOf(codes, forAnswers)))) {
      const state = queue.getSnapshot();
      throw state.signatureNeeded?.error ?? state.lastError ?? new Error('The answers could not be saved.');
    }
    if (signing.moment !== 'send') {
      update({ signing: null });
      return { kind: 'signed', thenContinue: signing.moment === 'leave_step' };
    }
    const review = signing.requests.filter((request) => request.review);
    const confirmedRounds = signing.confirmedRounds + (forAnswers.length ? 1 : 0);
    if (signing.later.length) {
      open('send', signing.later, confirmedRounds);
      return { kind: 'signing' };
    }
    // The answers' codes are used: what stays on screen (if the send fails) is the review's part.
    update({ signing: { ...signing, requests: review, confirmedRounds } });
    return proceed(review.length ? codesOf(codes, review) : undefined);
  }

  return {
    submit() {
      if (snapshot.sending) return Promise.resolve({ kind: 'busy' });
      // The prompt is open: its Confirm sends, so another press of Send (a double click) waits for it.
      if (snapshot.signing) return Promise.resolve({ kind: 'signing' });
      return proceed(undefined, true);
    },
    requestSignature(moment) {
      if (snapshot.signing) return true;
      if (!queue.getSnapshot().signatureNeeded) return false;
      return open(moment === 'confirm' ? 'confirm' : 'leave_step', plan(moment));
    },
    resendCode: (provider) => prompt.resend(provider),
    async confirmSignature(codes) {
      const signing = snapshot.signing;
      if (!signing) return { kind: 'signed', thenContinue: false };
      if (confirming) return { kind: 'busy' };
      confirming = true;
      try {
        return await confirm(signing, codes);
      } finally {
        confirming = false;
      }
    },
    cancelSignature: () => {
      if (snapshot.signing) update({ signing: null });
    },
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
