/** Reading answers out of an application: the form's starting values and question look-ups. */
import type { Application, Question } from './schemas';

/** Every attribute's current value by key (null when unanswered). */
export function answersOf(application: Application): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const step of application.kyc_steps) {
    for (const question of step.questions) answers[question.attribute.key] = question.attribute.value ?? null;
  }
  return answers;
}

/** The question that asks for `key`, with the index of its step. */
export function findQuestion(
  application: Application,
  key: string,
): { question: Question; stepIndex: number } | undefined {
  for (const [stepIndex, step] of application.kyc_steps.entries()) {
    const question = step.questions.find((q) => q.attribute.key === key);
    if (question) return { question, stepIndex };
  }
  return undefined;
}
