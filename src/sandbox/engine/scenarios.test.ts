import type { Application, KycDocument, LevelInfo } from '../../core/schemas';
import type { ScenarioName } from './types';
import { isAnswered } from '../../core/answerRules';
import { ApplicationSchema, parseWith } from '../../core/schemas';
import { createSandbox } from './createSandbox';
import { BASIC_LEVEL_UUID, FULL_LEVEL_UUID } from './questionnaire';

const BASE = 'https://partner.example';

async function load(scenario: ScenarioName) {
  const sandbox = createSandbox({ seed: 9 });
  const seeded = sandbox.seed(scenario);
  const query = `legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=${seeded.clientUuid}`;
  const info = (await (
    await sandbox.handle(new Request(`${BASE}/v1/clients/kyc-level-info/?${query}`))
  ).json()) as LevelInfo;
  const app = seeded.applicationUuid
    ? ((await (
        await sandbox.handle(
          new Request(`${BASE}/v1/kyc/${seeded.applicationUuid}/?${query}&empty_volatile_fields=true`),
        )
      ).json()) as Application)
    : null;
  return { sandbox, seeded, info, app };
}

const questions = (app: Application) => app.kyc_steps.flatMap((step) => step.questions);
const unansweredRequired = (app: Application) =>
  questions(app)
    .filter((question) => question.is_required && !isAnswered(question.attribute))
    .map((question) => question.attribute.key);

describe('seeded scenarios', () => {
  it('new: both levels offered, creation allowed, no application', async () => {
    const { info, seeded } = await load('new');
    expect(seeded.applicationUuid).toBeNull();
    expect(info).toEqual({
      current_level: null,
      allowed_to_create_kyc_application: true,
      available_levels_for_upgrade: [
        expect.objectContaining({ uuid: BASIC_LEVEL_UUID }),
        expect.objectContaining({ uuid: FULL_LEVEL_UUID }),
      ],
      last_kyc_application_uuid: null,
    });
  });

  it('single_level: only one level offered', async () => {
    const { info } = await load('single_level');
    expect(info.available_levels_for_upgrade.map((level) => level.uuid)).toEqual([BASIC_LEVEL_UUID]);
    expect(info.allowed_to_create_kyc_application).toBe(true);
  });

  it('draft: a Full draft with only the personal details step answered', async () => {
    const { app, info } = await load('draft');
    expect(app?.status).toBe('draft');
    expect(app?.kyc_level.uuid).toBe(FULL_LEVEL_UUID);
    expect(info.allowed_to_create_kyc_application).toBe(false);
    const [first, ...rest] = app?.kyc_steps ?? [];
    expect(first?.questions.filter((q) => q.is_required).every((q) => isAnswered(q.attribute))).toBe(true);
    expect(rest.flatMap((step) => step.questions).some((q) => isAnswered(q.attribute))).toBe(false);
  });

  it.each(['in_review', 'pending', 'rejected', 'rejected_final'] as const)(
    '%s: a complete Full application whose documents hold real uploaded PNG files',
    async (scenario) => {
      const { app, sandbox, seeded } = await load(scenario);
      expect(app && parseWith(ApplicationSchema, app).ok).toBe(true);
      expect(app && unansweredRequired(app)).toEqual([]);
      const snapshot = sandbox.inspect(seeded.applicationUuid ?? '');
      const passport = snapshot?.answers.passport as KycDocument;
      expect(snapshot?.documents).toContainEqual({
        uuid: passport.uuid,
        attributeKey: 'passport',
        fileUuids: [passport.files[0]?.uuid],
      });
      expect(snapshot?.files).toContainEqual(
        expect.objectContaining({ uuid: passport.files[0]?.uuid, contentType: 'image/png' }),
      );
    },
  );

  it('in_review: waiting for a decision, nothing else may be created', async () => {
    const { app, info } = await load('in_review');
    expect(app?.status).toBe('in_review');
    expect(info.allowed_to_create_kyc_application).toBe(false);
  });

  it('pending: a review comment and a SumSub client note on the passport', async () => {
    const { app } = await load('pending');
    expect(app?.status).toBe('pending');
    expect(app?.review_comment).toEqual(expect.any(String));
    const passport = questions(app as Application).find((q) => q.attribute.key === 'passport')?.attribute;
    expect((passport?.value as KycDocument).verification?.sumsub).toEqual({
      verificator: 'sumsub',
      status: 'ignored',
      client_note: 'There is no available data to recognize from image',
    });
  });

  it('rejected allows a new application; rejected_final does not', async () => {
    expect((await load('rejected')).info.allowed_to_create_kyc_application).toBe(true);
    expect((await load('rejected_final')).info.allowed_to_create_kyc_application).toBe(false);
  });

  it('approved: Basic approved and complete, Full offered as an upgrade', async () => {
    const { app, info } = await load('approved');
    expect(app?.status).toBe('approved');
    expect(app && unansweredRequired(app)).toEqual([]);
    expect(info.current_level?.uuid).toBe(BASIC_LEVEL_UUID);
    expect(info.allowed_to_create_kyc_application).toBe(true);
  });

  it('uses the given ids and starts the client over when seeded again', () => {
    const sandbox = createSandbox({ seed: 9 });
    const ids = {
      legalEntityUuid: '11111111-1111-4111-8111-111111111111',
      clientUuid: '22222222-2222-4222-8222-222222222222',
    };
    const first = sandbox.seed('in_review', ids);
    expect(first).toMatchObject(ids);
    const second = sandbox.seed('new', ids);
    expect(second.applicationUuid).toBeNull();
    expect(sandbox.inspect(first.applicationUuid ?? '')).toBeUndefined();
  });

  it('refuses ids that are not UUIDs', () => {
    expect(() => createSandbox().seed('new', { clientUuid: 'client-1' })).toThrow(/not a UUID/);
  });
});
