/**
 * Continuing on a phone, as the desktop sees it: which question of a step offers the hand-off, how
 * often the application is read again while the hand-off is open (backing off), which answers from the
 * phone a field takes (only where the desktop has none: the "changed elsewhere" rule of
 * `core/staleAnswers.ts`), and when the phone is done with the step. React-free.
 */
import { isDocumentKey, isLivenessAttribute, isLivenessCompleted } from './attributes';
import { isRequiredInStep } from './documentChoice';
import { isKycError, KycNotFoundError, KycUnauthorizedError } from './errors';
import type { Application, Question, Step } from './schemas';
import { staleAnswers } from './staleAnswers';

/** Pauses between reads of the application while the hand-off is open, in ms; the last one repeats. */
const HANDOFF_POLL_DELAYS: readonly number[] = [1500, 2000, 3000, 5000, 8000];

/** The pause before read number `attempt` (0-based) since the panel opened or something last arrived. */
export function handoffPollDelay(attempt: number): number {
  return HANDOFF_POLL_DELAYS[Math.min(attempt, HANDOFF_POLL_DELAYS.length - 1)] ?? 8000;
}

/** Whether a question is one the phone can answer: a document or a liveness check. */
export function isHandoffQuestion(question: Question): boolean {
  return isDocumentKey(question.attribute.key) || isLivenessAttribute(question.attribute);
}

/** The key of the step's first document or liveness question: the one that offers the hand-off. */
export function handoffHostKey(stepQuestions: readonly Question[]): string | null {
  return stepQuestions.find(isHandoffQuestion)?.attribute.key ?? null;
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

/**
 * The phone's answer to question `key` that the desktop should show, from a fresh read: present only
 * when the desktop has no answer and nothing unsaved for it (answers on the desktop are never replaced).
 */
export function arrivedAnswer(
  fresh: Application,
  key: string,
  onScreen: unknown,
  unsaved: boolean,
): { value: unknown } | undefined {
  if (!isEmpty(onScreen) || unsaved) return undefined;
  const [stale] = staleAnswers(fresh, new Map([[key, onScreen]]), new Set());
  return stale && stale.key === key && !isEmpty(stale.value) ? { value: stale.value } : undefined;
}

/**
 * Whether the phone has done `stepQuestions`' part: every document or liveness question the step
 * requires (identity documents being alternatives) has an answer in `fresh`.
 */
export function handoffStepDone(fresh: Application, stepKeys: readonly string[]): boolean {
  const questions = fresh.kyc_steps
    .map((step) => step.questions)
    .find((questions) => questions.some((question) => stepKeys.includes(question.attribute.key)));
  if (!questions) return false;
  const valueOf = (key: string) => questions.find((question) => question.attribute.key === key)?.attribute.value;
  const needed = questions.filter(
    (question) => isHandoffQuestion(question) && isRequiredInStep(question, questions, valueOf),
  );
  const answered = (question: Question) =>
    isLivenessAttribute(question.attribute)
      ? isLivenessCompleted(question.attribute)
      : !isEmpty(question.attribute.value);
  return needed.length > 0 && needed.every(answered);
}

/**
 * The step a phone continues: the one holding `pinned` (a question key), or, before anything is pinned,
 * the first step with a document or liveness question still to do, which is the step the desktop handed
 * off (its earlier steps are done). Null: nothing is left for a phone. `done`: that step has all it needs.
 */
export function phoneStep(application: Application, pinned: string | null): { step: Step; done: boolean } | null {
  const keysOf = (step: Step) => step.questions.map((question) => question.attribute.key);
  const step = pinned
    ? application.kyc_steps.find((candidate) => keysOf(candidate).includes(pinned))
    : application.kyc_steps.find(
        (candidate) => candidate.questions.some(isHandoffQuestion) && !handoffStepDone(application, keysOf(candidate)),
      );
  return step ? { step, done: handoffStepDone(application, keysOf(step)) } : null;
}

/**
 * Why a phone cannot open its link: `refused` when the proxy turned the token away (expired, changed, or
 * for another application: 401, 403, 404), `failed` for anything else (the network, the server).
 */
export function phoneLinkProblem(error: unknown): 'refused' | 'failed' {
  return error instanceof KycUnauthorizedError || error instanceof KycNotFoundError ? 'refused' : 'failed';
}

/**
 * How a refused link leaves the phone once its page is open: `unsent` when the refused call was sending
 * something of the customer's (a photo, a document, an answer: any call but a read), so the page says it
 * was not sent; `refused` otherwise. Null: the call was not refused (`phoneLinkProblem`). `endpoint` is
 * the call's `METHOD /path/`, for a refusal the API client learned itself (its session expired).
 */
export function phoneRefusal(refused: { error: unknown } | { endpoint: string | undefined }): PhoneRefusal | null {
  if ('error' in refused && phoneLinkProblem(refused.error) !== 'refused') return null;
  const endpoint =
    'error' in refused ? (isKycError(refused.error) ? refused.error.endpoint : undefined) : refused.endpoint;
  return endpoint !== undefined && !endpoint.startsWith('GET ') ? 'unsent' : 'refused';
}

export type PhoneRefusal = 'refused' | 'unsent';

/** Of two refusals, the one the phone says: `unsent` (something the customer chose was lost) first. */
export function worseRefusal(a: PhoneRefusal | null, b: PhoneRefusal | null): PhoneRefusal | null {
  return a === 'unsent' || b === 'unsent' ? 'unsent' : (a ?? b);
}

/** Where the hand-off panel is open (one id per application's step), shared by the fields of one widget. */
export interface HandoffState {
  isOpen: (id: string) => boolean;
  setOpen: (id: string, open: boolean) => void;
  subscribe: (listener: () => void) => () => void;
  getVersion: () => number;
}

export function createHandoffState(): HandoffState {
  const open = new Set<string>();
  const listeners = new Set<() => void>();
  let version = 0;
  return {
    isOpen: (id) => open.has(id),
    setOpen(id, value) {
      if (open.has(id) === value) return;
      if (value) open.add(id);
      else open.delete(id);
      version += 1;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getVersion: () => version,
  };
}
