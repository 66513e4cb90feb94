import type { Definition, LegalDocument, Page } from '../../../core/schemas';
import { DefinitionPageSchema, LegalDocumentPageSchema, parseWith } from '../../../core/schemas';
import { createSandbox } from '../createSandbox';
import { TERMS_DOCUMENT_UUID } from '../fixtures/legalDocuments';

const BASE = 'https://partner.example/kyc';
const LE = '11111111-1111-4111-8111-111111111111';

async function get(path: string) {
  const response = await createSandbox({ seed: 1 }).handle(new Request(`${BASE}${path}`));
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('GET /v1/attributes/{key}/definitions/', () => {
  it('lists about 250 countries for citizenship in one default page, with no common query needed', async () => {
    const result = await get('/v1/attributes/citizenship/definitions/');
    expect(result.status).toBe(200);
    expect(parseWith(DefinitionPageSchema, result.body).ok).toBe(true);
    const page = result.body as Page<Definition>;
    expect(page.count).toBeGreaterThanOrEqual(249);
    expect(page.results).toHaveLength(page.count);
    expect(page.next).toBeNull();
    expect(page.previous).toBeNull();
    expect(page.results).toContainEqual({ value: 'DE', title: 'Germany' });
    expect(new Set(page.results.map((definition) => definition.value)).size).toBe(page.count);
  });

  it('serves the same countries for country_of_residence and a long occupation list', async () => {
    const countries = (await get('/v1/attributes/country_of_residence/definitions/')).body as Page<Definition>;
    expect(countries.results).toContainEqual({ value: 'FR', title: 'France' });
    const occupations = (await get('/v1/attributes/occupation/definitions/')).body as Page<Definition>;
    expect(occupations.count).toBeGreaterThanOrEqual(150);
  });

  it('paginates DRF-style with absolute next/previous links that keep the other query params', async () => {
    const first = (await get('/v1/attributes/citizenship/definitions/?page_size=100&x=1')).body as Page<Definition>;
    expect(first.results).toHaveLength(100);
    expect(first.previous).toBeNull();
    expect(first.next).toBe(`${BASE}/v1/attributes/citizenship/definitions/?page_size=100&x=1&page=2`);
    const second = (await get('/v1/attributes/citizenship/definitions/?page_size=100&x=1&page=2'))
      .body as Page<Definition>;
    expect(second.previous).toBe(`${BASE}/v1/attributes/citizenship/definitions/?page_size=100&x=1`);
    expect(second.results[0]).not.toEqual(first.results[0]);
    const last = (await get(`/v1/attributes/citizenship/definitions/?page_size=100&page=3`)).body as Page<Definition>;
    expect(last.next).toBeNull();
    expect(first.results.length + second.results.length + last.results.length).toBe(first.count);
  });

  it('answers 404 Invalid page. beyond the last page', async () => {
    expect(await get('/v1/attributes/citizenship/definitions/?page=99')).toEqual({
      status: 404,
      body: { detail: 'Invalid page.' },
    });
  });

  it('answers 404 for a key without definitions', async () => {
    expect(await get('/v1/attributes/first_name/definitions/')).toEqual({
      status: 404,
      body: { detail: 'Not found.' },
    });
  });
});

describe('GET /v1/legal_documents/', () => {
  it('returns the one document for the key, with HTML content', async () => {
    const result = await get(
      `/v1/legal_documents/?legal_entity_uuid=${LE}&client_type=individual&key=terms_and_conditions`,
    );
    expect(result.status).toBe(200);
    expect(parseWith(LegalDocumentPageSchema, result.body).ok).toBe(true);
    const page = result.body as Page<LegalDocument>;
    expect(page.count).toBe(1);
    expect(page.results[0]).toMatchObject({
      uuid: TERMS_DOCUMENT_UUID,
      key: 'terms_and_conditions',
      url: expect.any(String),
    });
    expect(page.results[0]?.content).toMatch(/<ul>[\s\S]*<li>[\s\S]*<a href=/);
  });

  it('returns an empty page for an unknown key', async () => {
    const result = await get(`/v1/legal_documents/?legal_entity_uuid=${LE}&client_type=individual&key=cookie_policy`);
    expect(result).toEqual({ status: 200, body: { count: 0, next: null, previous: null, results: [] } });
  });

  it('requires legal_entity_uuid', async () => {
    expect(await get('/v1/legal_documents/?key=privacy_policy')).toEqual({
      status: 400,
      body: { legal_entity_uuid: ['This field is required.'] },
    });
  });
});
