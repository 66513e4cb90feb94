/** Review decisions: the sandbox actions, automatic decisions and seeded scenarios all go through here. */
import type { Verification } from '../../core/schemas';
import type { ApplicationRecord, EngineContext } from './state';
import { isRecord } from './drf';
import { findQuestion, levelTemplate } from './questionnaire';

export const DEFAULT_REVIEW_COMMENT =
  'Please upload a clearer picture of your passport and send the application again.';
export const DEFAULT_CLIENT_NOTE = 'There is no available data to recognize from image';

export function approve(ctx: EngineContext, app: ApplicationRecord): void {
  app.status = 'approved';
  app.decideAt = null;
  app.updatedAt = ctx.now();
  const client = ctx.state.clients.get(app.clientKey);
  if (client && !client.approvedLevelUuids.includes(app.levelUuid)) client.approvedLevelUuids.push(app.levelUuid);
}

export function reject(ctx: EngineContext, app: ApplicationRecord, allowNewApplication: boolean): void {
  app.status = 'rejected';
  app.allowNewApplication = allowNewApplication;
  app.decideAt = null;
  app.updatedAt = ctx.now();
}

/**
 * Send back for corrections: status `pending`, a review comment, and per attribute a client note. The note
 * lands on the attribute's `verification`, and for a document also on the document value's.
 */
export function sendToClarify(
  ctx: EngineContext,
  app: ApplicationRecord,
  reviewComment: string,
  clientNotes: Record<string, string>,
): void {
  app.status = 'pending';
  app.reviewComment = reviewComment;
  app.decideAt = null;
  app.updatedAt = ctx.now();
  for (const [key, note] of Object.entries(clientNotes)) {
    const verification: Verification = { sumsub: { verificator: 'sumsub', status: 'ignored', client_note: note } };
    app.verifications.set(key, verification);
    const value = app.answers.get(key);
    const record = isRecord(value) && typeof value.uuid === 'string' ? ctx.state.documents.get(value.uuid) : undefined;
    if (record) record.verification = verification;
  }
}

/** The client notes send-to-clarify uses when none are given: one on the passport, if the level has it. */
export function defaultClientNotes(app: ApplicationRecord): Record<string, string> {
  const template = levelTemplate(app.levelUuid);
  return template && findQuestion(template, 'passport') ? { passport: DEFAULT_CLIENT_NOTE } : {};
}

/** Apply an automatic decision that has come due. */
export function settle(ctx: EngineContext, app: ApplicationRecord): void {
  const auto = ctx.options.autoDecision;
  if (app.status !== 'in_review' || app.decideAt === null || !auto || ctx.now() < app.decideAt) return;
  if (auto.outcome === 'approved') approve(ctx, app);
  else if (auto.outcome === 'rejected') reject(ctx, app, true);
  else sendToClarify(ctx, app, DEFAULT_REVIEW_COMMENT, defaultClientNotes(app));
}
