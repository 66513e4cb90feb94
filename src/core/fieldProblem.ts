/**
 * Whether a question's answer is in error, and why: the one rule the field, the step's error summary
 * and the step's Continue all ask. Server refusals come first, then a refused signature code, then the
 * client-side check of the value, then a required question left unanswered (a liveness check counts
 * as answered only once the server reports it completed; a legal document only in its current version).
 */
import { validateAnswer, type CurrentLegalDocuments } from './answerRules';
import { fieldKind, type FieldKind } from './attributes';
import type { AutosaveSnapshot } from './autosaveTypes';
import { isRequiredInStep } from './documentChoice';
import { isQuestionAnswered } from './flow';
import type { Question } from './schemas';

export type FieldProblem =
  /** The server refused the answer, with its messages. */
  | { reason: 'server'; messages: readonly string[] }
  /** A signature code for this answer was refused; the answer is not saved. */
  | { reason: 'signature_refused' }
  /** The value fails the client-side check of its kind (the same rules as the server). */
  | { reason: 'invalid' }
  /** A required question without an answer (or a liveness check not completed). */
  | { reason: 'required' };

/** What the autosave queue knows about one answer. */
export interface AutosaveFacts {
  serverErrors: readonly string[] | undefined;
  signatureRefused: boolean;
}

const CHECKED_KINDS: ReadonlySet<FieldKind> = new Set(['string', 'text', 'number', 'date', 'email', 'phone']);

/** Whether a value fails the client-side check of its kind; such a value stays on screen, unsent. */
export function isInvalidAnswer(kind: FieldKind, value: unknown): boolean {
  return CHECKED_KINDS.has(kind) && validateAnswer(kind, value) !== null;
}

/** The autosave facts of `key` in a queue snapshot. */
export function autosaveFactsOf(snapshot: AutosaveSnapshot, key: string): AutosaveFacts {
  const waiting = snapshot.signatureNeeded;
  return {
    // An own property only: a key such as `constructor` must not find Object.prototype's.
    serverErrors: Object.hasOwn(snapshot.errorsByKey, key) ? snapshot.errorsByKey[key] : undefined,
    signatureRefused: Boolean(waiting?.error && waiting.keys.includes(key)),
  };
}

/**
 * The problem with the answer `value` of `question`, or null when there is none. `required` is the
 * question's requiredness within its step (`isRequiredInStep`: identity documents are alternatives).
 * `current` names the legal documents published now: accepting an earlier version is no answer.
 */
export function fieldProblem(
  question: Question,
  value: unknown,
  facts: AutosaveFacts,
  required: boolean = question.is_required,
  current?: CurrentLegalDocuments,
): FieldProblem | null {
  if (facts.serverErrors?.length) return { reason: 'server', messages: facts.serverErrors };
  if (facts.signatureRefused) return { reason: 'signature_refused' };
  const { key } = question.attribute;
  if (isInvalidAnswer(fieldKind(question.attribute), value)) return { reason: 'invalid' };
  if (required && !isQuestionAnswered(question, new Map([[key, value]]), current)) return { reason: 'required' };
  return null;
}

/**
 * Whether the field shows its problem now: a refusal by the server or of a code at once; a failed check
 * once the client has left the field or pressed Continue; a missing answer only after Continue.
 */
export function isProblemShown(problem: FieldProblem, when: { touched: boolean; revealed: boolean }): boolean {
  if (problem.reason === 'server' || problem.reason === 'signature_refused') return true;
  if (problem.reason === 'invalid') return when.touched || when.revealed;
  return when.revealed;
}

/** The problems of a step's questions, in order (what Continue checks and the error summary lists). */
export function problemsOf(
  questions: readonly Question[],
  valueOf: (key: string) => unknown,
  snapshot: AutosaveSnapshot,
  current?: CurrentLegalDocuments,
): { question: Question; problem: FieldProblem }[] {
  return questions.flatMap((question) => {
    const { key } = question.attribute;
    const required = isRequiredInStep(question, questions, valueOf);
    const problem = fieldProblem(question, valueOf(key), autosaveFactsOf(snapshot, key), required, current);
    return problem ? [{ question, problem }] : [];
  });
}
