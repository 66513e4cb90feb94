/**
 * Which way an answer reads when it is shown (summary, read-only views), whatever the screen's direction:
 * - `ltr` for phone numbers and e-mail addresses: a left-to-right isolate, so "+49 151 …" keeps its plus
 *   sign in front on an Arabic screen instead of becoming "… 151 49+";
 * - `auto` for what the client or the server wrote (free text, option titles, file names): the first
 *   strong letter decides, so "10115 Berlin" reads as written on an Arabic screen and an Arabic address
 *   reads right to left on an English one; text without letters (codes, numbers) reads left to right;
 * - `inherit` for what the widget writes in its own language (yes/no, dates, numbers, "Accepted").
 */
import type { FieldKind } from './attributes';

export type AnswerDirection = 'ltr' | 'auto' | 'inherit';

const DIRECTION: Record<FieldKind, AnswerDirection> = {
  phone: 'ltr',
  email: 'ltr',
  string: 'auto',
  text: 'auto',
  reference: 'auto',
  document: 'auto',
  unknown: 'auto',
  number: 'inherit',
  date: 'inherit',
  boolean: 'inherit',
  legal_document: 'inherit',
  liveness_token: 'inherit',
  liveness_url: 'inherit',
};

export function answerDirection(kind: FieldKind): AnswerDirection {
  return DIRECTION[kind];
}
