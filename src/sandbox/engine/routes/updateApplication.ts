/** `PATCH /v1/kyc/{uuid}/`: validate every change, check signatures, then apply all or nothing. */
import { livenessMode } from '../../../core/attributes';
import type { AttributeChange } from '../../../core/schemas';
import type { AttributeError } from '../drf';
import type { RouteHandler } from '../router';
import type { ApplicationRecord, EngineContext } from '../state';
import type { QuestionTemplate } from '../questionnaire';
import type { SignatureNeeds } from '../signatures';
import { validateAnswer } from '../../../core/answerRules';
import { requireOwnApplication } from '../access';
import { definitionValues } from '../definitions';
import { attributeErrors, conflict, isRecord, json, readObject, REQUIRED } from '../drf';
import { currentLegalDocument } from '../legalDocuments';
import { findQuestion, levelTemplate } from '../questionnaire';
import { parseVolatile, renderApplication } from '../render';
import { checkSignatures, DESTINATION_TYPE } from '../signatures';
import { documentBody } from '../state';

const EDITABLE_STATUSES = ['draft', 'pending'];

export const updateApplication: RouteHandler = async ({ ctx, request, url, params }) => {
  const access = requireOwnApplication(ctx, url, params.uuid ?? '');
  if (!access.ok) return access.response;
  const { app, client } = access.value;
  if (!EDITABLE_STATUSES.includes(app.status)) {
    return conflict(`The application cannot be changed in status "${app.status}".`);
  }
  const volatile = parseVolatile(url);
  if (!volatile.ok) return volatile.response;
  const body = await readObject(request);
  if (!body.ok) return body.response;
  const changes = readChanges(body.body.attribute_changes);
  if (typeof changes === 'string') return json(400, { attribute_changes: [changes] });

  const template = levelTemplate(app.levelUuid);
  const accepted = new Map<string, { question: QuestionTemplate; value: unknown }>();
  const errors: AttributeError[] = [];
  for (const change of changes) {
    const question = template ? findQuestion(template, change.key) : undefined;
    const result = question
      ? checkChange(ctx, app, client.legalEntityUuid, question, change.value)
      : { error: 'This question is not part of this application.' };
    if ('error' in result) errors.push({ key: change.key, errors: [result.error] });
    else if (question) accepted.set(change.key, { question, value: result.value });
  }
  if (errors.length > 0) return attributeErrors(errors);

  const changed = [...accepted.entries()].filter(([key, { value }]) => !sameValue(app.answers.get(key), value));
  const needs: SignatureNeeds = new Map();
  for (const [, { question, value }] of changed) {
    for (const provider of question.attribute.sign_providers ?? []) {
      // Changing the phone (or e-mail) itself needs a code sent to the new one.
      const destination =
        question.attribute.type === DESTINATION_TYPE[provider] && typeof value === 'string' ? value : null;
      if (destination !== null || !needs.has(provider)) needs.set(provider, destination);
    }
  }
  const signatures = checkSignatures(ctx, app, url, needs);
  if (!signatures.ok) return signatures.response;
  signatures.consume();

  for (const [key, { value }] of changed) {
    if (value === null) app.answers.delete(key);
    else app.answers.set(key, value);
    app.verifications.delete(key);
  }
  app.patchCount += 1;
  app.updatedAt = ctx.now();
  return json(200, renderApplication(ctx, app, volatile.volatile));
};

function readChanges(raw: unknown): AttributeChange[] | string {
  if (raw === undefined || raw === null) return REQUIRED;
  if (!Array.isArray(raw)) return 'Expected a list of changes.';
  const changes: AttributeChange[] = [];
  for (const item of raw) {
    if (!isRecord(item) || typeof item.key !== 'string' || !('value' in item)) {
      return 'Each change must be an object with a "key" and a "value".';
    }
    changes.push({ key: item.key, value: item.value });
  }
  return changes;
}

/** The value to store for one change, or the reason it is refused. */
function checkChange(
  ctx: EngineContext,
  app: ApplicationRecord,
  legalEntityUuid: string,
  question: QuestionTemplate,
  raw: unknown,
): { value: unknown } | { error: string } {
  const { key, type, is_editable } = question.attribute;
  if (livenessMode({ key }) !== null || !is_editable) return { error: 'This answer cannot be changed.' };
  const value = raw === undefined || raw === '' ? null : raw;
  if (value === null) return { value: null };
  if (type === 'legal_document') {
    return value === currentLegalDocument(ctx, legalEntityUuid, key)?.uuid
      ? { value }
      : { error: 'Accept the current version of this document.' };
  }
  if (type === 'document') return checkDocument(ctx, app, key, value);
  const definitions = type === 'reference' ? definitionValues(key) : undefined;
  const error = validateAnswer(type, value, definitions ? { definitions } : {});
  return error === null ? { value } : { error };
}

function checkDocument(
  ctx: EngineContext,
  app: ApplicationRecord,
  key: string,
  value: unknown,
): { value: unknown } | { error: string } {
  if (!isRecord(value) || typeof value.uuid !== 'string') {
    return { error: 'Expected the document object returned by POST /v1/documents/.' };
  }
  const record = ctx.state.documents.get(value.uuid.toLowerCase());
  if (!record || record.clientKey !== app.clientKey) return { error: 'Unknown document.' };
  if (record.attributeKey !== key) return { error: `This document was created for "${record.attributeKey}".` };
  return { value: documentBody(ctx, record) };
}

function sameValue(current: unknown, next: unknown): boolean {
  if (isRecord(current) && isRecord(next)) return current.uuid === next.uuid;
  return (current ?? null) === (next ?? null);
}
