/**
 * Pure derivations over an `Application`: what the client may edit, what is missing, where to resume,
 * which screen the status calls for, what needs correcting, and how each attribute is rendered.
 */
import { isAnswered } from './answerRules';
import type { Application, ApplicationStatus, Attribute, DocumentKey, Question } from './schemas';
import { DOCUMENT_KEYS, LIVENESS_TOKEN_KEY, LIVENESS_URL_KEY } from './schemas';
import { signProvidersOf } from './signature';

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
  const normalised = normaliseStatus(status);
  return normalised === 'draft' || normalised === 'pending';
}

/** Whether this attribute may be changed now: the status allows edits and the attribute is not read-only. */
export function canEditAttribute(app: Application, attribute: Attribute): boolean {
  return canEdit(app.status) && attribute.is_editable !== false;
}

/** Every question of the application, in order, with its position. */
export function allQuestions(app: Application): QuestionRef[] {
  return app.kyc_steps.flatMap((step, stepIndex) =>
    step.questions.map((question, questionIndex) => ({ stepIndex, questionIndex, question })),
  );
}

/** Whether a question is answered, looking at an unsaved value first when `overrides` has one. */
export function isQuestionAnswered(question: Question, overrides?: ValueOverrides): boolean {
  const saved = question.attribute;
  // Document keys are documents whatever their type says (the guide names them).
  const attribute = isDocumentKey(saved.key) && saved.type !== 'document' ? { ...saved, type: 'document' } : saved;
  if (overrides?.has(attribute.key)) return isAnswered({ ...attribute, value: overrides.get(attribute.key) });
  return isAnswered(attribute);
}

/** The required questions that are not answered yet (per `isAnswered`), in order. */
export function missingRequired(app: Application, overrides?: ValueOverrides): QuestionRef[] {
  return allQuestions(app).filter((ref) => ref.question.is_required && !isQuestionAnswered(ref.question, overrides));
}

/**
 * The step to open when the client comes back:
 * 1. the first step with an unanswered required question; otherwise
 * 2. the first step with any unanswered question; otherwise
 * 3. `app.kyc_steps.length`, the index just past the last step, meaning "the summary / review screen"
 *    (also returned for an application without steps).
 */
export function firstIncompleteStepIndex(app: Application, overrides?: ValueOverrides): number {
  const unanswered = allQuestions(app).filter((ref) => !isQuestionAnswered(ref.question, overrides));
  const required = unanswered.find((ref) => ref.question.is_required);
  return (required ?? unanswered[0])?.stepIndex ?? app.kyc_steps.length;
}

/** Progress of one step. `complete` means every required question is answered. */
export interface StepProgress {
  index: number;
  title: string;
  answered: number;
  total: number;
  requiredAnswered: number;
  requiredTotal: number;
  complete: boolean;
}

/** Progress of every step, in order. */
export function stepProgress(app: Application, overrides?: ValueOverrides): StepProgress[] {
  return app.kyc_steps.map((step, index) => {
    let answered = 0;
    let requiredAnswered = 0;
    let requiredTotal = 0;
    for (const question of step.questions) {
      const done = isQuestionAnswered(question, overrides);
      if (done) answered += 1;
      if (question.is_required) {
        requiredTotal += 1;
        if (done) requiredAnswered += 1;
      }
    }
    const total = step.questions.length;
    const complete = requiredAnswered === requiredTotal;
    return { index, title: step.title, answered, total, requiredAnswered, requiredTotal, complete };
  });
}

/** The screen a status calls for. */
export type StatusView = 'form' | 'in_review' | 'approved' | 'rejected' | 'pending' | 'unknown';

/**
 * `draft` → the form; `pending` → the corrections screen (the form with the notes); `in_review`,
 * `approved`, `rejected` → their own screens; any status the widget does not know → `unknown`
 * (a neutral screen, never the form, since editing may not be allowed).
 */
export function statusView(app: Pick<Application, 'status'>): StatusView {
  const status = normaliseStatus(app.status);
  if (status === 'draft') return 'form';
  if (status === 'in_review' || status === 'approved' || status === 'rejected' || status === 'pending') return status;
  return 'unknown';
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
  if (normaliseStatus(app.status) !== 'pending') return { corrections: [], firstStepIndex: null, reviewComment };
  const corrections: Correction[] = [];
  for (const ref of allQuestions(app)) {
    const note = clientNoteOf(ref.question.attribute);
    if (note !== undefined) corrections.push({ ...ref, note });
  }
  return { corrections, firstStepIndex: corrections[0]?.stepIndex ?? null, reviewComment };
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

/** Whether changing this attribute needs a signature code (it lists `sms` and/or `email`). */
export function needsSignature(attribute: Pick<Attribute, 'sign_providers'>): boolean {
  return signProvidersOf(attribute).length > 0;
}

/** How the liveness check of this attribute runs, chosen by key as the guide says, or null. */
export function livenessMode(attribute: Pick<Attribute, 'key'>): 'token' | 'url' | null {
  if (attribute.key === LIVENESS_TOKEN_KEY) return 'token';
  if (attribute.key === LIVENESS_URL_KEY) return 'url';
  return null;
}

/** Whether this is a liveness attribute: one of the two liveness keys, or type `sumsub_liveness`. */
export function isLivenessAttribute(attribute: Pick<Attribute, 'key' | 'type'>): boolean {
  return livenessMode(attribute) !== null || attribute.type === 'sumsub_liveness';
}

/** Whether `key` is one of the document keys named by the guide. */
export function isDocumentKey(key: string): key is DocumentKey {
  return (DOCUMENT_KEYS as readonly string[]).includes(key);
}

const BACK_SIDES: Readonly<Partial<Record<DocumentKey, DocumentKey>>> = {
  id_card_front_side: 'id_card_back_side',
  driver_license_front_side: 'driver_license_back_side',
  residence_permit_license_front_side: 'residence_permit_license_back_side',
};

/** The back-side key of a front-side document key (`id_card_front_side` → `id_card_back_side`), else null. */
export function pairedSide(key: string): DocumentKey | null {
  return isDocumentKey(key) ? (BACK_SIDES[key] ?? null) : null;
}

/** How an attribute is rendered. */
export type FieldKind =
  | 'string'
  | 'text'
  | 'number'
  | 'date'
  | 'boolean'
  | 'email'
  | 'phone'
  | 'reference'
  | 'legal_document'
  | 'document'
  | 'liveness_token'
  | 'liveness_url'
  | 'unknown';

const TYPE_KINDS: ReadonlySet<string> = new Set([
  'string',
  'text',
  'number',
  'date',
  'boolean',
  'email',
  'phone',
  'reference',
  'legal_document',
  'document',
]);

/**
 * The field to render. The guide's documented keys win over `type`: a document key is a `document`,
 * the liveness keys are `liveness_token` / `liveness_url`. Otherwise the type decides; a type the widget
 * does not know, and a `sumsub_liveness` type under another key, are `unknown` (rendered by a fallback).
 */
export function fieldKind(attribute: Pick<Attribute, 'key' | 'type'>): FieldKind {
  const mode = livenessMode(attribute);
  if (mode === 'token') return 'liveness_token';
  if (mode === 'url') return 'liveness_url';
  if (isDocumentKey(attribute.key)) return 'document';
  const type = typeof attribute.type === 'string' ? attribute.type.trim().toLowerCase() : '';
  return TYPE_KINDS.has(type) ? (type as FieldKind) : 'unknown';
}

function normaliseStatus(status: unknown): string {
  return typeof status === 'string' ? status.trim().toLowerCase() : '';
}

function nonEmpty(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}
