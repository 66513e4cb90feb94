/** Reading answers out of an application: the form's starting values. */
import type { Application } from './schemas';

/** Every attribute's current value by key (null when unanswered). */
export function answersOf(application: Application): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const step of application.kyc_steps) {
    for (const question of step.questions) answers[question.attribute.key] = question.attribute.value ?? null;
  }
  return answers;
}
