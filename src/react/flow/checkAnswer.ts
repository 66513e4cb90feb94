/**
 * The client-side check of a plain answer (the same rules as the server, `validateAnswer`), worded
 * from the message catalogue. Kinds the client cannot check (documents, references …) pass.
 */
import { validateAnswer } from '../../core/answerRules';
import type { FieldKind } from '../../core/attributes';
import type { MessageKey } from '../i18n/en';

const CHECKED_KINDS = new Set<FieldKind>(['string', 'text', 'number', 'date', 'email', 'phone']);

export function checkAnswer(kind: FieldKind, value: unknown, t: (key: MessageKey) => string): string | undefined {
  if (!CHECKED_KINDS.has(kind) || validateAnswer(kind, value) === null) return undefined;
  return t(`field.invalid.${kind}` as MessageKey);
}
