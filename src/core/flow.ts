/**
 * Pure derivations over an `Application`: what the client may edit, what is missing, where to resume
 * and what needs correcting. Which screen shows is `screen.ts`; what an attribute is, `attributes.ts`.
 */
import { isAnswered, type CurrentLegalDocuments } from './answerRules';
import { isDocumentKey } from './attributes';
import { isRequiredInStep, isShownInSummary, type ValueOf } from './documentChoice';
import type { Application, ApplicationStatus, Attribute, Question } from './schemas';

/** A question with its position in the application. */
export interface QuestionRef {
  stepIndex: number;
  questionIndex: number;
  question: Question;
}

/** Unsaved values that override the saved ones (for example the autosave queue's pending values). */
export type ValueOverrides = ReadonlyMap<string, unknown>;

/** Whether answers may be changed in this status: `draft`, and `pending` (corrections asked). */
export function canEdit(status: ApplicationStatus): boolean {
  const normalised = normalisedStatus(status);
  return normalised === 'draft' || normalised === 'pending';
}

/** Every question of the application, in order, with its position. */
export function allQuestions(app: Application): QuestionRef[] {
  return app.kyc_steps.flatMap((step, stepIndex) =>
    step.questions.map((question, questionIndex) => ({ stepIndex, questionIndex, question })),
  );
}

/**
 * Whether a question is answered, looking at an unsaved value first when `overrides` has one. With
 * `current`, an acceptance of an earlier version of a legal document is no answer (`countedAnswer`).
 */
export function isQuestionAnswered(
  question: Question,
  overrides?: ValueOverrides,
  current?: CurrentLegalDocuments,
): boolean {
  const saved = question.attribute;
  // Document keys are documents whatever their type says (the guide names them).
  const attribute = isDocumentKey(saved.key) && saved.type !== 'document' ? { ...saved, type: 'document' } : saved;
  if (overrides?.has(attribute.key)) return isAnswered({ ...attribute, value: overrides.get(attribute.key) }, current);
  return isAnswered(attribute, current);
}

/**
 * Whether a question must be answered, within its step: its own `is_required`, except identity
 * documents, which are alternatives of each other (`documentChoice.ts`: the chosen kind's sides).
 */
function isRequired(app: Application, ref: QuestionRef, overrides?: ValueOverrides): boolean {
  const questions = app.kyc_steps[ref.stepIndex]?.questions ?? [ref.question];
  return isRequiredInStep(ref.question, questions, valueOfStep(questions, overrides));
}

/**
 * The required questions that are not answered yet (per `isAnswered`), in order; with `current`, a
 * legal document accepted only in an earlier version among them.
 */
export function missingRequired(
  app: Application,
  overrides?: ValueOverrides,
  current?: CurrentLegalDocuments,
): QuestionRef[] {
  return allQuestions(app).filter(
    (ref) => isRequired(app, ref, overrides) && !isQuestionAnswered(ref.question, overrides, current),
  );
}

/** A step's answers: the unsaved value when there is one, else the saved one. */
export function valueOfStep(questions: readonly Question[], overrides?: ValueOverrides): ValueOf {
  return (key) => {
    if (overrides?.has(key)) return overrides.get(key);
    return questions.find((question) => question.attribute.key === key)?.attribute.value;
  };
}

/**
 * The step to open when the client comes back:
 * 1. the first step with an unanswered required question; otherwise
 * 2. the first step with any unanswered question; otherwise
 * 3. `app.kyc_steps.length`, the index just past the last step, meaning "the summary / review screen"
 *    (also returned for an application without steps).
 */
export function firstIncompleteStepIndex(app: Application, overrides?: ValueOverrides): number {
  // Documents the client did not choose (another identity document, an optional one) are not "left".
  const unanswered = allQuestions(app).filter((ref) => {
    const questions = app.kyc_steps[ref.stepIndex]?.questions ?? [];
    const shown = isShownInSummary(ref.question, questions, valueOfStep(questions, overrides));
    return shown && !isQuestionAnswered(ref.question, overrides);
  });
  const required = unanswered.find((ref) => isRequired(app, ref, overrides));
  return (required ?? unanswered[0])?.stepIndex ?? app.kyc_steps.length;
}

/** A question the reviewer asked the client to correct, with the reviewer's note. */
export interface Correction extends QuestionRef {
  note: string;
}

/**
 * The questions to correct in a `pending` application: those whose attribute, or whose document value,
 * carries `verification.sumsub.client_note`. `firstStepIndex` is the first step holding one (null when
 * none). Other statuses have no corrections. `reviewComment` is the application's overall comment.
 */
export function correctionsFor(app: Application): {
  corrections: Correction[];
  firstStepIndex: number | null;
  reviewComment: string | null;
} {
  const reviewComment = nonEmpty(app.review_comment) ?? null;
  if (normalisedStatus(app.status) !== 'pending') return { corrections: [], firstStepIndex: null, reviewComment };
  const corrections: Correction[] = [];
  for (const ref of allQuestions(app)) {
    const note = clientNoteOf(ref.question.attribute);
    if (note !== undefined) corrections.push({ ...ref, note });
  }
  return { corrections, firstStepIndex: corrections[0]?.stepIndex ?? null, reviewComment };
}

/** The steps holding a correction, in order, each once (where "Correct answers" takes the client). */
export function correctionSteps(app: Application): number[] {
  return [...new Set(correctionsFor(app).corrections.map((item) => item.stepIndex))].sort((a, b) => a - b);
}

/** The reviewer's note for an attribute: on the attribute itself, or on its document value. */
export function clientNoteOf(attribute: Attribute): string | undefined {
  const own = nonEmpty(attribute.verification?.sumsub?.client_note);
  if (own !== undefined) return own;
  const value = attribute.value;
  if (typeof value !== 'object' || value === null || !('verification' in value)) return undefined;
  const verification: unknown = value.verification;
  if (typeof verification !== 'object' || verification === null || !('sumsub' in verification)) return undefined;
  const sumsub: unknown = verification.sumsub;
  if (typeof sumsub !== 'object' || sumsub === null || !('client_note' in sumsub)) return undefined;
  return nonEmpty(sumsub.client_note);
}

/** A status as the widget compares it: trimmed and lower-cased; not a string → ''. */
export function normalisedStatus(status: unknown): string {
  return typeof status === 'string' ? status.trim().toLowerCase() : '';
}

function nonEmpty(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}
