/**
 * Answers in the form: each attribute's answer lives under a form field named from its key, so a server
 * key such as `a.b`, `list[0]`, `__proto__` or `constructor` is never read as an object path or a
 * prototype property (form libraries treat dots and brackets in names as paths).
 */
import { allQuestions } from './flow';
import type { Application } from './schemas';

const encoder = new TextEncoder();

/** The form field of an attribute key: `k` and the key's UTF-8 bytes in hex (`first_name` → `k6669…`). */
export function formFieldOf(key: string): string {
  let name = 'k';
  for (const byte of encoder.encode(key)) name += byte.toString(16).padStart(2, '0');
  return name;
}

/** The form's starting values: every attribute's answer by form field (null when unanswered). */
export function formValuesOf(application: Application): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const { question } of allQuestions(application)) {
    values[formFieldOf(question.attribute.key)] = question.attribute.value ?? null;
  }
  return values;
}

/** The answers on screen by attribute key, from the form's values. */
export function answersByKey(application: Application, values: Record<string, unknown>): Map<string, unknown> {
  const answers = new Map<string, unknown>();
  for (const { question } of allQuestions(application)) {
    const field = formFieldOf(question.attribute.key);
    if (Object.hasOwn(values, field)) answers.set(question.attribute.key, values[field]);
  }
  return answers;
}
