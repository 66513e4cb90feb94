/** Creating application records. */
import type { ApplicationRecord, ClientRecord, EngineContext } from './state';
import { lastApplication } from './levels';
import { levelTemplate, questionsOf } from './questionnaire';

/**
 * A new draft application for `client`. Answers the client gave in its last application are carried over
 * to the questions the new level shares with it (client attributes outlive applications).
 */
export function createApplicationRecord(
  ctx: EngineContext,
  client: ClientRecord,
  levelUuid: string,
): ApplicationRecord {
  const now = ctx.now();
  const template = levelTemplate(levelUuid);
  const previous = lastApplication(ctx, client);
  const answers = new Map<string, unknown>();
  if (template && previous) {
    for (const question of questionsOf(template)) {
      const value = previous.answers.get(question.attribute.key);
      if (value !== undefined) answers.set(question.attribute.key, value);
    }
  }
  const app: ApplicationRecord = {
    uuid: ctx.random.uuid(),
    clientKey: client.key,
    levelUuid,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    answers,
    verifications: new Map(),
    reviewComment: null,
    allowNewApplication: false,
    livenessCompleted: false,
    currentTokens: new Map(),
    patchCount: 0,
    sendToReviewCount: 0,
    decideAt: null,
  };
  ctx.state.applications.set(app.uuid, app);
  client.applicationUuids.push(app.uuid);
  return app;
}
