/**
 * The sandbox answers in the language the request asks for (`Accept-Language`): its own titles and
 * descriptions in German, French and Arabic, country names in that language and alphabet, English for
 * anything else; the stored values are the same in every language.
 */
import type { Application, Definition, LegalDocument, LevelInfo, Page } from '../../core/schemas';
import { createSandbox } from './createSandbox';
import { AR } from './fixtures/translations/ar';
import { DE } from './fixtures/translations/de';
import { FR } from './fixtures/translations/fr';
import { LEGAL_DOCUMENTS } from './fixtures/legalDocuments';
import { requestLanguage } from './language';
import { BASIC_LEVEL_UUID, FULL_LEVEL_UUID, levelTemplate } from './questionnaire';
import { DEFAULT_CLIENT_NOTE, DEFAULT_REVIEW_COMMENT } from './decisions';

const BASE = 'https://partner.example/kyc';

async function get<T>(sandbox: ReturnType<typeof createSandbox>, path: string, language?: string) {
  const headers: Record<string, string> = language === undefined ? {} : { 'Accept-Language': language };
  const response = await sandbox.handle(new Request(`${BASE}${path}`, { headers }));
  return { response, body: (await response.json()) as T };
}

function seeded(scenario: 'new' | 'draft' | 'pending' | 'in_review') {
  const sandbox = createSandbox({ seed: 3 });
  const ids = sandbox.seed(scenario);
  const query = `legal_entity_uuid=${ids.legalEntityUuid}&client_uuid=${ids.clientUuid}`;
  return { sandbox, ids, query };
}

describe('the sandbox in the language a request asks for', () => {
  it('given German / should name the levels in German', async () => {
    const { sandbox, query } = seeded('new');
    const { response, body } = await get<LevelInfo>(sandbox, `/v1/clients/kyc-level-info/?${query}`, 'de-DE,de;q=0.9');
    expect(body.available_levels_for_upgrade.map((level) => level.name)).toEqual(['Basis', 'Vollständig']);
    expect(body.available_levels_for_upgrade[0]?.description).toMatch(/^Ihr Name, Geburtsdatum/);
    expect(response.headers.get('vary')).toMatch(/Accept-Language/);
    expect(response.headers.get('content-language')).toBe('de');
  });

  it('given French / should title every step and question in French, and keep the answers as stored', async () => {
    const { sandbox, ids, query } = seeded('draft');
    const english = (await get<Application>(sandbox, `/v1/kyc/${ids.applicationUuid}/?${query}`)).body;
    const french = (await get<Application>(sandbox, `/v1/kyc/${ids.applicationUuid}/?${query}`, 'fr')).body;
    expect(french.kyc_steps[0]?.title).toBe('Informations personnelles');
    expect(french.kyc_steps[0]?.questions[0]?.title).toBe('Prénom');
    const titles = (app: Application) =>
      app.kyc_steps.flatMap((step) => [step.title, ...step.questions.map((q) => q.title)]);
    const unchanged = titles(french).filter((title, index) => title === titles(english)[index]);
    expect(unchanged).toEqual([]);
    const answers = (app: Application) => app.kyc_steps.flatMap((step) => step.questions.map((q) => q.attribute));
    expect(answers(french)).toEqual(answers(english));
  });

  it('given Arabic / should title the legal documents in Arabic', async () => {
    const { sandbox, ids } = seeded('new');
    const { body } = await get<Page<LegalDocument>>(
      sandbox,
      `/v1/legal_documents/?legal_entity_uuid=${ids.legalEntityUuid}`,
      'ar',
    );
    expect(body.results.map((document) => document.title)).toEqual(['الشروط والأحكام', 'سياسة الخصوصية']);
  });

  it('given German / should name the countries in German, in German alphabetical order, with the same codes', async () => {
    const { sandbox } = seeded('new');
    const { body } = await get<Page<Definition>>(sandbox, '/v1/attributes/citizenship/definitions/', 'de');
    expect(body.results).toContainEqual({ value: 'DE', title: 'Deutschland' });
    expect(body.results).toContainEqual({ value: 'XK', title: 'Kosovo' });
    const titles = body.results.map((definition) => definition.title);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('de').compare));
    expect(titles.indexOf('Ägypten')).toBeLessThan(titles.indexOf('Albanien'));
    const english = (await get<Page<Definition>>(sandbox, '/v1/attributes/citizenship/definitions/')).body;
    expect(new Set(body.results.map((d) => d.value))).toEqual(new Set(english.results.map((d) => d.value)));
  });

  it('given a pending application in German / should translate the sandbox reviewer’s default comment and note', async () => {
    const { sandbox, ids, query } = seeded('pending');
    const { body } = await get<Application>(sandbox, `/v1/kyc/${ids.applicationUuid}/?${query}`, 'de');
    expect(body.review_comment).toBe(DE[DEFAULT_REVIEW_COMMENT]);
    const passport = body.kyc_steps.flatMap((step) => step.questions).find((q) => q.attribute.key === 'passport');
    expect(passport?.attribute.verification?.sumsub?.client_note).toBe(DE[DEFAULT_CLIENT_NOTE]);
  });

  it('given a reviewer’s own comment / should leave it in the words they wrote', async () => {
    const { sandbox, ids, query } = seeded('in_review');
    const comment = 'Bitte das Foto erneut hochladen.';
    const decided = await sandbox.handle(
      new Request(`${BASE}/v1/kyc/${ids.applicationUuid}/send-to-clarify/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ review_comment: comment, client_notes: {} }),
      }),
    );
    expect(decided.status).toBe(200);
    const { body } = await get<Application>(sandbox, `/v1/kyc/${ids.applicationUuid}/?${query}`, 'fr');
    expect(body.review_comment).toBe(comment);
  });

  it.each([undefined, 'en', 'ja', 'en-GB,de;q=0.5', '*'])('given %s / should answer in English', async (language) => {
    const { sandbox, ids, query } = seeded('draft');
    const { body } = await get<Application>(sandbox, `/v1/kyc/${ids.applicationUuid}/?${query}`, language);
    expect(body.kyc_steps[0]?.title).toBe('Personal details');
    expect(body.kyc_level.name).toBe('Full');
  });
});

describe('requestLanguage', () => {
  it.each([
    ['de-CH,de;q=0.9,en;q=0.8', 'de'],
    ['en;q=0.5, fr', 'fr'],
    ['ja, ar-EG;q=0.7', 'ar'],
    ['de;q=0, fr;q=0.1', 'fr'],
    ['', 'en'],
  ])('"%s" / should be %s', (header, language) => {
    expect(requestLanguage(header)).toBe(language);
  });
});

describe('the translation tables', () => {
  const texts = [BASIC_LEVEL_UUID, FULL_LEVEL_UUID].flatMap((uuid) => {
    const template = levelTemplate(uuid);
    if (!template) return [];
    const { level, steps } = template;
    return [
      level.name,
      level.description,
      ...steps.flatMap((step) => [
        step.title,
        step.description,
        ...step.questions.flatMap((question) => [question.title, question.description]),
      ]),
    ].filter((text): text is string => typeof text === 'string');
  });
  const all = [
    ...texts,
    ...LEGAL_DOCUMENTS.map((document) => document.title),
    DEFAULT_REVIEW_COMMENT,
    DEFAULT_CLIENT_NOTE,
  ];

  it.each([
    ['de', DE],
    ['fr', FR],
    ['ar', AR],
  ])('%s / should have every text of the levels, legal documents and default review', (_language, table) => {
    expect(all.filter((text) => !Object.hasOwn(table, text))).toEqual([]);
  });
});
