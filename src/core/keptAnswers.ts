/**
 * What a new application already holds when it is created: the answers the server kept from the client's
 * earlier application (the sandbox keeps every answer the new level asks again). Read from the created
 * application itself, so the widget says only what the server really kept.
 */
import { isAnswered } from './answerRules';
import type { Application } from './schemas';

/** The titles of the questions answered in `app`, in the questionnaire's order, each once. */
export function keptAnswerTitles(app: Application): string[] {
  const titles: string[] = [];
  for (const step of app.kyc_steps) {
    for (const question of step.questions) {
      const title = question.title.trim();
      if (title && isAnswered(question.attribute) && !titles.includes(title)) titles.push(title);
    }
  }
  return titles;
}
