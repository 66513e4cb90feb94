/** The API form of applications and attributes, built from the stored records. */
import { livenessMode } from '../../core/attributes';
import type { Application, Attribute } from '../../core/schemas';
import { LIVENESS_TOKEN_KEY, LIVENESS_URL_KEY } from '../../core/schemas';
import type { ApplicationRecord, EngineContext } from './state';
import type { QuestionTemplate } from './questionnaire';
import type { TokenTtl } from './tokens';
import { levelTemplate } from './questionnaire';
import { documentBody, isoTime } from './state';
import { DEFAULT_TTL, obtainToken, parseTtl } from './tokens';
import { fieldError, isRecord, parseBoolean } from './drf';

/** How liveness values are rendered: emptied, or as tokens minted per the ttl options. */
export type Volatile = { empty: true } | { empty: false; origin: string; ttl: Record<string, TokenTtl> };

/** The volatile options of a request that returns an Application. */
export function parseVolatile(url: URL): { ok: true; volatile: Volatile } | { ok: false; response: Response } {
  const empty = parseBoolean(url.searchParams.get('empty_volatile_fields'));
  if (empty === null) return { ok: false, response: fieldError('empty_volatile_fields', 'Must be a valid boolean.') };
  if (empty) return { ok: true, volatile: { empty: true } };
  const ttl: Record<string, TokenTtl> = {};
  for (const key of [LIVENESS_TOKEN_KEY, LIVENESS_URL_KEY]) {
    const parsed = parseTtl(url.searchParams, `${key}.`);
    if (!parsed.ok) return parsed;
    ttl[key] = parsed.ttl;
  }
  return { ok: true, volatile: { empty: false, origin: url.origin, ttl } };
}

/** The stored answer as the API shows it (documents re-read so their verification is current). */
export function storedValue(ctx: EngineContext, app: ApplicationRecord, key: string): unknown {
  const value = app.answers.get(key) ?? null;
  if (isRecord(value) && typeof value.uuid === 'string') {
    const record = ctx.state.documents.get(value.uuid);
    if (record) return documentBody(ctx, record);
  }
  return value;
}

export function renderAttribute(
  ctx: EngineContext,
  app: ApplicationRecord,
  question: QuestionTemplate,
  volatile: Volatile,
): Attribute {
  const { key } = question.attribute;
  const { type, is_editable, sign_providers = [] } = question.attribute;
  const base: Attribute = { key, type, value: null, is_editable, sign_providers: [...sign_providers] };
  if (livenessMode({ key }) !== null) {
    let value: string | null = null;
    if (!volatile.empty) {
      const token = obtainToken(ctx, app, key, volatile.ttl[key] ?? DEFAULT_TTL);
      value =
        key === LIVENESS_URL_KEY ? `${volatile.origin}/websdk/liveness.html?token=${encodeURIComponent(token)}` : token;
    }
    return {
      ...base,
      value,
      additional_info: { email: app.answers.get('email') ?? null, phone: app.answers.get('phone') ?? null },
      verification: { sumsub: { verificator: 'sumsub', status: app.livenessCompleted ? 'completed' : 'not_started' } },
    };
  }
  const verification = app.verifications.get(key);
  return { ...base, value: storedValue(ctx, app, key), ...(verification ? { verification } : {}) };
}

export function renderApplication(ctx: EngineContext, app: ApplicationRecord, volatile: Volatile): Application {
  const template = levelTemplate(app.levelUuid);
  if (!template) throw new Error(`Unknown level ${app.levelUuid}`);
  return {
    uuid: app.uuid,
    status: app.status,
    kyc_level: template.level,
    created_at: isoTime(app.createdAt),
    updated_at: isoTime(app.updatedAt),
    review_comment: app.reviewComment,
    kyc_steps: template.steps.map((step) => ({
      title: step.title,
      ...(step.description === undefined ? {} : { description: step.description }),
      questions: step.questions.map((question) => ({
        title: question.title,
        ...(question.description === undefined ? {} : { description: question.description }),
        is_required: question.is_required,
        attribute: renderAttribute(ctx, app, question, volatile),
      })),
    })),
  };
}
