/**
 * The two ways of the liveness check on one screen. When a step asks for both the embedded check
 * (`sumsub_liveness_check_token`) and the link (`sumsub_liveness_check_url`), they are one check done one
 * of two ways: the embedded one is the screen's primary action and the link is its alternative, so the
 * screen shows one intro, not two.
 */
import { livenessMode } from './attributes';
import type { Application, Question } from './schemas';

/** The other liveness question of the step that holds `key` (the link for the token, and back), or null. */
export function livenessPartner(app: Application | undefined, key: string): Question | null {
  if (!app) return null;
  const step = app.kyc_steps.find((candidate) => candidate.questions.some((q) => q.attribute.key === key));
  const own = step?.questions.find((q) => q.attribute.key === key);
  const mode = own ? livenessMode(own.attribute) : null;
  if (!step || !mode) return null;
  return step.questions.find((q) => livenessMode(q.attribute) === (mode === 'token' ? 'url' : 'token')) ?? null;
}

/**
 * Whether `question` is the link way of a step that also embeds the check: one check, so the summary
 * shows it once (the embedded question's row), as the step's screen does.
 */
export function isLivenessAlternative(question: Question, stepQuestions: readonly Question[]): boolean {
  return (
    livenessMode(question.attribute) === 'url' &&
    stepQuestions.some((other) => livenessMode(other.attribute) === 'token')
  );
}
