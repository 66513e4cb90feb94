/**
 * Seeded scenarios: a client (and an application) in a known state, consistent in every detail
 * (documents exist with real PNG files, legal documents are the current ones, the liveness check is done
 * where the application is complete).
 */
import type { ClientRecord, EngineContext } from './state';
import type { ScenarioName, SeededScenario } from './types';
import { approve, DEFAULT_REVIEW_COMMENT, defaultClientNotes, reject, sendToClarify } from './decisions';
import { samplePng } from './fixtures/samplePng';
import { PRIVACY_DOCUMENT_UUID, TERMS_DOCUMENT_UUID } from './fixtures/legalDocuments';
import { BASIC_LEVEL_UUID, FULL_LEVEL_UUID } from './questionnaire';
import { createApplicationRecord } from './applications';
import { clientKey, documentBody, getOrCreateClient } from './state';

export const SCENARIO_NAMES: readonly ScenarioName[] = [
  'new',
  'single_level',
  'draft',
  'in_review',
  'pending',
  'rejected',
  'rejected_final',
  'approved',
];

export function isScenarioName(name: string): name is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(name);
}

/** The answers of the first Full step (personal details). */
const PERSONAL_DETAILS = {
  first_name: 'Jane',
  last_name: 'Doe',
  birth_date: '1990-04-12',
  citizenship: 'DE',
};

const FULL_ANSWERS = {
  ...PERSONAL_DETAILS,
  email: 'jane.doe@example.com',
  phone: '+4915112345678',
  country_of_residence: 'DE',
  residence_address: 'Invalidenstraße 117\n10115 Berlin',
  occupation: 'software_developer',
  annual_income: 65000,
  is_pep: false,
  terms_and_conditions: TERMS_DOCUMENT_UUID,
  privacy_policy: PRIVACY_DOCUMENT_UUID,
};

const BASIC_ANSWERS = {
  ...PERSONAL_DETAILS,
  phone: '+4915112345678',
  terms_and_conditions: TERMS_DOCUMENT_UUID,
};

export function seedScenario(
  ctx: EngineContext,
  scenario: ScenarioName,
  ids: { legalEntityUuid?: string; clientUuid?: string } = {},
): SeededScenario {
  const legalEntityUuid = (ids.legalEntityUuid ?? ctx.random.uuid()).toLowerCase();
  const clientUuid = (ids.clientUuid ?? ctx.random.uuid()).toLowerCase();
  forgetClient(ctx, clientKey(legalEntityUuid, clientUuid));
  const client = getOrCreateClient(ctx, legalEntityUuid, clientUuid);
  const result = (applicationUuid: string | null): SeededScenario => ({ legalEntityUuid, clientUuid, applicationUuid });

  if (scenario === 'new') return result(null);
  if (scenario === 'single_level') {
    client.offeredLevelUuids = [BASIC_LEVEL_UUID];
    return result(null);
  }
  if (scenario === 'draft') {
    const app = createApplicationRecord(ctx, client, FULL_LEVEL_UUID);
    setAnswers(app.answers, PERSONAL_DETAILS);
    app.patchCount = 1;
    return result(app.uuid);
  }

  const basic = scenario === 'approved';
  const app = createApplicationRecord(ctx, client, basic ? BASIC_LEVEL_UUID : FULL_LEVEL_UUID);
  setAnswers(app.answers, basic ? BASIC_ANSWERS : FULL_ANSWERS);
  if (!basic) {
    app.answers.set('passport', seedDocument(ctx, client, 'passport', 'passport.png'));
    app.answers.set('proof_of_address', seedDocument(ctx, client, 'proof_of_address', 'utility-bill.png'));
    app.livenessCompleted = true;
  }
  app.patchCount = 1;
  app.sendToReviewCount = 1;
  app.status = 'in_review';
  if (scenario === 'pending') sendToClarify(ctx, app, DEFAULT_REVIEW_COMMENT, defaultClientNotes(app));
  else if (scenario === 'rejected') reject(ctx, app, true);
  else if (scenario === 'rejected_final') reject(ctx, app, false);
  else if (scenario === 'approved') approve(ctx, app);
  return result(app.uuid);
}

function setAnswers(answers: Map<string, unknown>, values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values)) answers.set(key, value);
}

function seedDocument(ctx: EngineContext, client: ClientRecord, attributeKey: string, fileName: string): unknown {
  const bytes = samplePng();
  const file = {
    uuid: ctx.random.uuid(),
    clientKey: client.key,
    name: fileName,
    size: bytes.byteLength,
    contentType: 'image/png',
    bytes,
  };
  ctx.state.files.set(file.uuid, file);
  const record = { uuid: ctx.random.uuid(), clientKey: client.key, attributeKey, fileUuids: [file.uuid] };
  ctx.state.documents.set(record.uuid, record);
  return documentBody(ctx, record);
}

/** Remove a client and everything it owns, so a scenario seeded on known ids starts clean. */
function forgetClient(ctx: EngineContext, key: string): void {
  const { state } = ctx;
  if (!state.clients.delete(key)) return;
  const appUuids = new Set(
    [...state.applications.values()].filter((app) => app.clientKey === key).map((app) => app.uuid),
  );
  for (const uuid of appUuids) state.applications.delete(uuid);
  for (const [uuid, file] of state.files) if (file.clientKey === key) state.files.delete(uuid);
  for (const [uuid, document] of state.documents) if (document.clientKey === key) state.documents.delete(uuid);
  for (const [token, record] of state.tokens) if (record.clientKey === key) state.tokens.delete(token);
  state.codes = state.codes.filter((code) => !appUuids.has(code.applicationUuid));
}
