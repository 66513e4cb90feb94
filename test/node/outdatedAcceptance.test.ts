/**
 * A legal document accepted in an earlier version, after the sandbox published a new one: the saved
 * acceptance stays on the server, but it is no answer any more. The one rule (`countedAnswer`) is asked
 * by the field's problem, the step's Continue (`problemsOf`), Send's check (`missingRequired` in the
 * submission controller) and the sandbox's send-to-review, which refuses it as missing.
 */
import { describe, expect, it } from 'vitest';
import { countedAnswer, isAnswered } from '../../src/core/answerRules';
import { createKycClient, type KycClient } from '../../src/core/client';
import { KycValidationError } from '../../src/core/errors';
import { autosaveFactsOf, fieldProblem, problemsOf } from '../../src/core/fieldProblem';
import { allQuestions, missingRequired } from '../../src/core/flow';
import type { Application, Question } from '../../src/core/schemas';
import { createSubmissionController } from '../../src/core/submission';
import { BASIC_LEVEL_UUID, createSandbox, SANDBOX_SIGN_CODE, TERMS_DOCUMENT_UUID } from '../../src/sandbox';
import { createSandboxFetch } from '../../src/sandbox/createSandboxFetch';

const BASE = 'https://partner.example/kyc';
const sandbox = createSandbox({ seed: 21 });

/** A Basic application with every answer saved, the terms accepted in their first version. */
async function answeredWithTermsV1(): Promise<{ client: KycClient; application: Application; ids: Ids }> {
  const ids = sandbox.seed('new');
  const client = createKycClient({
    baseUrl: BASE,
    legalEntityUuid: ids.legalEntityUuid,
    clientUuid: ids.clientUuid,
    retry: false,
    fetch: createSandboxFetch(sandbox, { baseUrl: BASE }),
  });
  const created = await client.createApplication(BASIC_LEVEL_UUID);
  const phone = '+4915112345678';
  await client.sendVerificationCode({ applicationUuid: created.uuid, provider: 'sms', destination: phone });
  const changes = Object.entries({
    first_name: 'Ada',
    last_name: 'Lovelace',
    birth_date: '1990-12-10',
    citizenship: 'GB',
    phone,
    terms_and_conditions: TERMS_DOCUMENT_UUID,
  }).map(([key, value]) => ({ key, value }));
  const application = await client.updateApplication(created.uuid, changes, { sms: SANDBOX_SIGN_CODE });
  return { client, application, ids };
}
type Ids = ReturnType<typeof sandbox.seed>;

const terms = (application: Application): Question =>
  allQuestions(application).find((ref) => ref.question.attribute.key === 'terms_and_conditions')!.question;

const idle = { status: 'idle', pendingKeys: [], savingKeys: [], errorsByKey: {} } as const;

describe('an acceptance of an earlier legal document version', () => {
  it('should count as no answer once the current version is known, and as an answer before', async () => {
    const { application, ids } = await answeredWithTermsV1();
    const v2 = sandbox.publishLegalDocumentVersion(ids.legalEntityUuid, 'terms_and_conditions')!;
    const current = (key: string) => (key === 'terms_and_conditions' ? v2.uuid : undefined);
    const question = terms(application);

    expect(countedAnswer(question.attribute, TERMS_DOCUMENT_UUID, current)).toBeNull();
    expect(countedAnswer(question.attribute, v2.uuid, current)).toBe(v2.uuid);
    expect(isAnswered(question.attribute, current)).toBe(false);
    // Not known yet (the document not read): the saved acceptance counts, and the server decides.
    expect(isAnswered(question.attribute)).toBe(true);
    expect(countedAnswer(question.attribute, TERMS_DOCUMENT_UUID, () => undefined)).toBe(TERMS_DOCUMENT_UUID);

    // The field, the step's Continue and the missing answers ask the same rule.
    const facts = autosaveFactsOf(idle, 'terms_and_conditions');
    expect(fieldProblem(question, TERMS_DOCUMENT_UUID, facts, true, current)).toEqual({ reason: 'required' });
    expect(fieldProblem(question, v2.uuid, facts, true, current)).toBeNull();
    const step = application.kyc_steps.find((candidate) => candidate.questions.includes(question))!;
    const valueOf = (key: string) => step.questions.find((q) => q.attribute.key === key)?.attribute.value;
    expect(problemsOf(step.questions, valueOf, idle, current).map((item) => item.question.attribute.key)).toEqual([
      'terms_and_conditions',
    ]);
    expect(missingRequired(application, undefined, current).map((ref) => ref.question.attribute.key)).toEqual([
      'terms_and_conditions',
    ]);
    expect(missingRequired(application, new Map([['terms_and_conditions', v2.uuid]]), current)).toEqual([]);
  });

  it('should keep Send from sending: the controller finds the terms missing and calls nothing', async () => {
    const { client, application, ids } = await answeredWithTermsV1();
    const v2 = sandbox.publishLegalDocumentVersion(ids.legalEntityUuid, 'terms_and_conditions')!;
    let sends = 0;
    const controller = createSubmissionController({
      queue: {
        flush: async () => undefined,
        getSnapshot: () => idle,
        hasUnsaved: () => false,
        signedChanges: () => [],
        sign: async () => true,
      },
      getApplication: () => application,
      getOverrides: () => new Map(),
      currentLegalDocuments: (key) => (key === 'terms_and_conditions' ? v2.uuid : undefined),
      sendToReview: (codes) => {
        sends += 1;
        return client.sendToReview(application.uuid, codes);
      },
      sendCode: async () => undefined,
    });
    const outcome = await controller.submit();
    expect(outcome.kind).toBe('incomplete');
    expect(outcome.kind === 'incomplete' && outcome.missing.map((ref) => ref.question.attribute.key)).toEqual([
      'terms_and_conditions',
    ]);
    expect(sends).toBe(0);
    expect(sandbox.inspect(application.uuid)?.answers['terms_and_conditions']).toBe(TERMS_DOCUMENT_UUID);
  });

  it('should be refused by the sandbox’s send-to-review as missing, and the current version accepted', async () => {
    const { client, application, ids } = await answeredWithTermsV1();
    const v2 = sandbox.publishLegalDocumentVersion(ids.legalEntityUuid, 'terms_and_conditions')!;

    const refused = await client.sendToReview(application.uuid).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(KycValidationError);
    expect((refused as KycValidationError).attributeErrors).toEqual({
      terms_and_conditions: ['This question is required.'],
    });
    expect(sandbox.inspect(application.uuid)).toMatchObject({ status: 'draft', sendToReviewCount: 0 });

    await client.updateApplication(application.uuid, [{ key: 'terms_and_conditions', value: v2.uuid }]);
    expect((await client.sendToReview(application.uuid)).status).toBe('in_review');
  });
});
