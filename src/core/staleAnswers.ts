/**
 * Two tabs (or a tab and a phone) on one application: which answers on screen the server now holds
 * differently. Only answers this tab has not changed itself since (nothing unsaved for the key) count:
 * the tab shows the server's value for those and says so; its own unsaved edits stay.
 */
import { isLivenessAttribute } from './attributes';
import { allQuestions } from './flow';
import type { Application } from './schemas';

export interface StaleAnswer {
  key: string;
  /** The question's title, to tell the client which answer changed. */
  title: string;
  /** The server's value, to show instead. */
  value: unknown;
}

/**
 * The answers of `fresh` (just read from the server) that differ from those on screen, leaving out keys
 * with unsaved changes in this tab and liveness checks (their value is a volatile token or link).
 */
export function staleAnswers(
  fresh: Application,
  onScreen: ReadonlyMap<string, unknown>,
  unsaved: ReadonlySet<string>,
): StaleAnswer[] {
  const stale: StaleAnswer[] = [];
  for (const { question } of allQuestions(fresh)) {
    const { key, value } = question.attribute;
    if (unsaved.has(key) || !onScreen.has(key) || isLivenessAttribute(question.attribute)) continue;
    if (!sameAnswer(onScreen.get(key), value)) stale.push({ key, title: question.title, value: value ?? null });
  }
  return stale;
}

/** Equal answers: empty is empty (null, undefined, ''), documents by uuid, the rest by value. */
function sameAnswer(a: unknown, b: unknown): boolean {
  const left = normalise(a);
  const right = normalise(b);
  return left === right || JSON.stringify(left) === JSON.stringify(right);
}

function normalise(value: unknown): unknown {
  if (value === undefined || value === '') return null;
  if (typeof value === 'object' && value !== null && 'uuid' in value) return { uuid: value.uuid };
  return value;
}
