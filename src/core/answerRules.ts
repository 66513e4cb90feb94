/**
 * Validation of one answer by attribute type. The widget and the sandbox share these rules so a value the
 * widget accepts is one the server accepts, with the same English message.
 *
 * "No answer" (null, undefined, '') is always valid here: whether a question must be answered is checked
 * when the application is sent to review, not per answer.
 */
import type { Attribute } from './schemas';
import { fieldKind, isLivenessAttribute, isLivenessCompleted } from './attributes';

const MAX_STRING_LENGTH = 255;
const MAX_TEXT_LENGTH = 2000;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE_PATTERN = /^\+[1-9]\d{6,14}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface AnswerRuleOptions {
  /** The allowed values of a `reference` attribute; when absent any string is accepted. */
  definitions?: readonly string[];
}

/**
 * The problem with `value` as an answer of an attribute of type `type`, as an English sentence, or null
 * when it is acceptable. Unknown types are not checked.
 *
 * @example validateAnswer('phone', '+4915112345678') // null
 */
export function validateAnswer(type: string, value: unknown, opts: AnswerRuleOptions = {}): string | null {
  if (value === null || value === undefined || value === '') return null;
  switch (type) {
    case 'string':
      return checkText(value, MAX_STRING_LENGTH);
    case 'text':
      return checkText(value, MAX_TEXT_LENGTH);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'Enter a number.';
    case 'date':
      return checkDate(value);
    case 'boolean':
      return typeof value === 'boolean' ? null : 'Choose yes or no.';
    case 'email':
      return typeof value === 'string' && value.length <= 254 && EMAIL_PATTERN.test(value)
        ? null
        : 'Enter a valid e-mail address.';
    case 'phone':
      return typeof value === 'string' && PHONE_PATTERN.test(value)
        ? null
        : 'Enter the phone number in international format, for example +4915112345678.';
    case 'reference':
      if (typeof value !== 'string') return 'Choose one of the options.';
      if (opts.definitions && !opts.definitions.includes(value)) return `"${value}" is not one of the options.`;
      return null;
    default:
      return null;
  }
}

/**
 * The uuid of the legal document each `legal_document` question asks the client to accept now, by
 * attribute key; undefined while it is not known (a saved acceptance then counts, and the server decides).
 */
export type CurrentLegalDocuments = (key: string) => string | undefined;

/**
 * How a saved legal-document answer stands against the document published now (`currentUuid`):
 * `accepted` (its uuid), `outdated` (another uuid: an earlier version, never carried over), or `open`.
 */
export function legalAcceptance(value: unknown, currentUuid: string): 'accepted' | 'outdated' | 'open' {
  if (value === currentUuid) return 'accepted';
  return typeof value === 'string' && value !== '' ? 'outdated' : 'open';
}

/**
 * An answer as it counts: the acceptance of a legal document that is not the one published now (an
 * earlier version) counts as no answer (null), though it stays saved: the client has to accept the
 * current version, and nothing is withdrawn for them. Every other answer counts as it is.
 */
export function countedAnswer(
  attribute: Pick<Attribute, 'key' | 'type'>,
  value: unknown,
  current: CurrentLegalDocuments | undefined,
): unknown {
  if (!current || fieldKind(attribute) !== 'legal_document') return value;
  const uuid = current(attribute.key);
  return uuid !== undefined && legalAcceptance(value, uuid) === 'outdated' ? null : value;
}

/**
 * Whether the question of this attribute counts as answered: a value its type's check accepts. Liveness attributes are answered once the
 * liveness check is completed (`verification.sumsub.status === 'completed'`), whatever their value (a
 * token or a URL is only a means to do the check); documents when the value is a document with a uuid;
 * legal documents when the current version is accepted (`countedAnswer`, as far as `current` knows it).
 */
export function isAnswered(attribute: Attribute, current?: CurrentLegalDocuments): boolean {
  if (isLivenessAttribute(attribute)) return isLivenessCompleted(attribute);
  const value = countedAnswer(attribute, attribute.value, current);
  if (attribute.type === 'document') {
    return (
      typeof value === 'object' &&
      value !== null &&
      'uuid' in value &&
      typeof value.uuid === 'string' &&
      value.uuid !== ''
    );
  }
  if (value === null || value === undefined || value === '') return false;
  // A value of the wrong kind (an object where yes/no was expected) is no answer, whatever it holds.
  return validateAnswer(typeof attribute.type === 'string' ? attribute.type : '', value) === null;
}

function checkText(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return 'Enter text.';
  if (value.length > max) return `Ensure this field has no more than ${max} characters.`;
  return null;
}

function checkDate(value: unknown): string | null {
  const invalid = 'Enter a valid date as YYYY-MM-DD.';
  if (typeof value !== 'string') return invalid;
  const match = DATE_PATTERN.exec(value);
  if (!match) return invalid;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return invalid;
  }
  // ISO dates compare correctly as strings; "today" is the local calendar date.
  if (value > localToday()) return 'The date cannot be in the future.';
  return null;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
