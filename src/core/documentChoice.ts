/**
 * Which document the customer gives. The guide's document keys name six kinds; four are identity
 * documents (passport, ID card, driver's licence, residence permit) and are alternatives: a step that
 * offers several asks which one the customer has and shows only that kind's sides. Proof of address
 * and proof of funds stay questions of their own. Shared rules for the fields, the flow and the summary.
 */
import { isLivenessAlternative } from './livenessPair';
import { isAnswered } from './answerRules';
import { isDocumentKey } from './attributes';
import type { DocumentKey, KycDocument, Question } from './schemas';

export type IdentityKind = 'passport' | 'id_card' | 'driver_license' | 'residence_permit';
export type DocumentKind = IdentityKind | 'proof_of_address' | 'proof_of_funds';
/** A side of a document: `single` for a one-page kind (passport, proofs), else front or back. */
export type DocumentSide = 'single' | 'front' | 'back';

/** The keys of each kind: one key, or a front and a back. */
const KIND_KEYS: Readonly<Record<DocumentKind, { front: DocumentKey; back: DocumentKey | null }>> = {
  passport: { front: 'passport', back: null },
  id_card: { front: 'id_card_front_side', back: 'id_card_back_side' },
  driver_license: { front: 'driver_license_front_side', back: 'driver_license_back_side' },
  residence_permit: { front: 'residence_permit_license_front_side', back: 'residence_permit_license_back_side' },
  proof_of_address: { front: 'proof_of_address', back: null },
  proof_of_funds: { front: 'proof_of_funds', back: null },
};

const IDENTITY_KINDS: readonly IdentityKind[] = ['passport', 'id_card', 'driver_license', 'residence_permit'];

/** A saved (or picked) answer by attribute key. */
export type ValueOf = (key: string) => unknown;

/** The kind a document key belongs to, or null for any other key. */
export function documentKindOf(key: string): DocumentKind | null {
  if (!isDocumentKey(key)) return null;
  for (const [kind, keys] of Object.entries(KIND_KEYS) as [DocumentKind, (typeof KIND_KEYS)[DocumentKind]][]) {
    if (keys.front === key || keys.back === key) return kind;
  }
  return null;
}

/** Which side of its document a key is, or null for a key that is not a document key. */
export function documentSideOf(key: string): DocumentSide | null {
  const kind = documentKindOf(key);
  if (!kind) return null;
  const keys = KIND_KEYS[kind];
  if (!keys.back) return 'single';
  return keys.front === key ? 'front' : 'back';
}

/** The keys of a kind: its front (or only) key and its back key (null for one-page kinds). */
export function keysOfKind(kind: DocumentKind): { front: DocumentKey; back: DocumentKey | null } {
  return KIND_KEYS[kind];
}

/** Whether a kind is an identity document (one of the alternatives). */
export function isIdentityKind(kind: DocumentKind | null): kind is IdentityKind {
  return kind !== null && (IDENTITY_KINDS as readonly string[]).includes(kind);
}

function identityKindOf(key: string): IdentityKind | null {
  const kind = documentKindOf(key);
  return isIdentityKind(kind) ? kind : null;
}

/** Whether a value is a document the server created (the attribute may hold anything the server sent). */
export function isDocumentValue(value: unknown): value is KycDocument {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as KycDocument).uuid === 'string' &&
    (value as KycDocument).uuid !== '' &&
    Array.isArray((value as KycDocument).files)
  );
}

/** Whether `b` holds the same uploaded files as `a`: a back side answered with the front's picture. */
function sameDocumentFiles(a: unknown, b: unknown): boolean {
  if (!isDocumentValue(a) || !isDocumentValue(b) || a.files.length === 0) return false;
  const uuids = (doc: KycDocument) =>
    doc.files
      .map((file) => file.uuid)
      .sort()
      .join(',');
  return uuids(a) === uuids(b);
}

const answered = (key: string, valueOf: ValueOf) => isAnswered({ key, type: 'document', value: valueOf(key) });

/**
 * The identity kinds a step's questions offer, in the order their first key appears.
 * @internal Read through `documentPlacement`; exported for its tests.
 */
export function offeredKinds(questions: readonly Question[]): IdentityKind[] {
  const kinds: IdentityKind[] = [];
  for (const question of questions) {
    const kind = identityKindOf(question.attribute.key);
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/**
 * The identity kind the customer gives: the one picked on screen (when the step offers it), else the
 * first offered kind with a saved side, else the only kind offered, else null (ask first).
 * @internal Read through `documentPlacement` and `isRequiredInStep`; exported for its tests.
 */
export function chosenKind(
  questions: readonly Question[],
  valueOf: ValueOf,
  picked?: IdentityKind | null,
): IdentityKind | null {
  const offered = offeredKinds(questions);
  if (picked && offered.includes(picked)) return picked;
  const keysIn = new Set(questions.map((question) => question.attribute.key));
  const given = offered.find((kind) => {
    const { front, back } = KIND_KEYS[kind];
    return [front, back].some((key) => key !== null && keysIn.has(key) && answered(key, valueOf));
  });
  return given ?? (offered.length === 1 ? (offered[0] ?? null) : null);
}

/**
 * Whether a two-sided kind is given as one side: as the customer said on screen when they did
 * (`saidOneSided`), else when its back side holds the front's picture (how a one-sided document is saved).
 */
export function isOneSided(kind: DocumentKind, valueOf: ValueOf, saidOneSided?: boolean): boolean {
  const { front, back } = KIND_KEYS[kind];
  if (!back) return true;
  return saidOneSided ?? sameDocumentFiles(valueOf(front), valueOf(back));
}

/** The key of the step's first identity question: it asks which document the customer has. */
export function choiceKeyOf(questions: readonly Question[]): string | null {
  return questions.find((question) => identityKindOf(question.attribute.key))?.attribute.key ?? null;
}

/**
 * Whether a question must be answered, identity documents being alternatives. Any other question:
 * its `is_required`. An identity question of a step where any identity question is required: the
 * chosen kind's sides are required (a one-sided back is answered with the front's picture); while no
 * kind is chosen, the step's first identity question stands for the choice. The other kinds: optional.
 */
export function isRequiredInStep(
  question: Question,
  stepQuestions: readonly Question[],
  valueOf: ValueOf,
  picked?: IdentityKind | null,
): boolean {
  const kind = identityKindOf(question.attribute.key);
  if (!kind) return question.is_required;
  const identity = stepQuestions.filter((q) => identityKindOf(q.attribute.key));
  if (!identity.some((q) => q.is_required)) return false;
  const chosen = chosenKind(stepQuestions, valueOf, picked);
  if (chosen === null) return question.attribute.key === choiceKeyOf(stepQuestions);
  return kind === chosen;
}

/** Where a document question shows on its step. */
export interface DocumentPlacement {
  /** The kinds to ask about ("Which document do you have?"), on the step's first identity question only. */
  choice: readonly IdentityKind[] | null;
  /** The kind chosen, as `chosenKind` says. */
  chosen: IdentityKind | null;
  /** Whether the question's own upload shows: its kind is chosen, and it is not the back of a one-sided one. */
  upload: boolean;
}

export interface PlacementFacts {
  valueOf: ValueOf;
  /** The kind picked on screen, if any. */
  picked?: IdentityKind | null | undefined;
  /** What the customer said on screen about this kind having one side, if anything. */
  saidOneSided?: boolean | undefined;
  /** A reviewer asked to correct this answer: its upload shows whatever was chosen. */
  needsCorrection?: boolean | undefined;
}

/**
 * Where the question `key` shows among `stepQuestions` (a key not among them shows as a question of its
 * own). A back side shows only with its front among the same questions and the kind not one-sided.
 */
export function documentPlacement(
  key: string,
  stepQuestions: readonly Question[],
  facts: PlacementFacts,
): DocumentPlacement {
  const kind = documentKindOf(key);
  const inStep = stepQuestions.some((question) => question.attribute.key === key);
  if (!kind || !inStep) return { choice: null, chosen: null, upload: true };
  const side = documentSideOf(key);
  const front = KIND_KEYS[kind].front;
  const frontInStep = stepQuestions.some((question) => question.attribute.key === front);
  const oneSided = side === 'back' && frontInStep && isOneSided(kind, facts.valueOf, facts.saidOneSided);
  if (!isIdentityKind(kind)) return { choice: null, chosen: null, upload: !oneSided };
  const offered = offeredKinds(stepQuestions);
  const chosen = chosenKind(stepQuestions, facts.valueOf, facts.picked);
  const choice = offered.length > 1 && choiceKeyOf(stepQuestions) === key ? offered : null;
  const upload = (kind === chosen && !oneSided) || Boolean(facts.needsCorrection);
  return { choice, chosen, upload };
}

/**
 * Whether the summary lists a question's answer: any question that is not a document; a document
 * that is given or required (per `isRequiredInStep`); not a back side that holds its front's picture.
 * Not the liveness link beside the embedded check: one check, listed once (`isLivenessAlternative`).
 * Also where a draft resumes: a document the summary leaves out is not "left to answer".
 */
export function isShownInSummary(question: Question, stepQuestions: readonly Question[], valueOf: ValueOf): boolean {
  if (isLivenessAlternative(question, stepQuestions)) return false;
  const { key } = question.attribute;
  const kind = documentKindOf(key);
  if (!kind) return true;
  const front = KIND_KEYS[kind].front;
  if (documentSideOf(key) === 'back' && sameDocumentFiles(valueOf(front), valueOf(key))) return false;
  return answered(key, valueOf) || isRequiredInStep(question, stepQuestions, valueOf);
}
