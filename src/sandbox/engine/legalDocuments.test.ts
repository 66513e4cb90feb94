import type { Application, LegalDocument, Page } from '../../core/schemas';
import { LegalDocumentPageSchema, parseWith } from '../../core/schemas';
import { createSandbox } from './createSandbox';
import { PRIVACY_DOCUMENT_UUID } from './fixtures/legalDocuments';

const BASE = 'https://partner.example/kyc';

async function call(sandbox: ReturnType<typeof createSandbox>, method: string, path: string, body?: unknown) {
  const init: RequestInit = { method };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await sandbox.handle(new Request(`${BASE}${path}`, init));
  const text = await response.text();
  return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as unknown };
}

function draft() {
  const sandbox = createSandbox({ seed: 3, now: () => Date.UTC(2026, 2, 3, 9, 30) });
  const seeded = sandbox.seed('draft');
  const query = `legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=${seeded.clientUuid}`;
  const uuid = seeded.applicationUuid ?? '';
  const privacy = async (legalEntityUuid = seeded.legalEntityUuid) => {
    const result = await call(
      sandbox,
      'GET',
      `/v1/legal_documents/?legal_entity_uuid=${legalEntityUuid}&key=privacy_policy`,
    );
    expect(parseWith(LegalDocumentPageSchema, result.body).ok).toBe(true);
    return (result.body as Page<LegalDocument>).results;
  };
  const accept = (value: string) =>
    call(sandbox, 'PATCH', `/v1/kyc/${uuid}/?${query}`, { attribute_changes: [{ key: 'privacy_policy', value }] });
  return { sandbox, seeded, privacy, accept };
}

describe('publishing a new legal document version', () => {
  it('should serve the new version in place of the old one: new uuid, next version, changed text, a date', async () => {
    const { sandbox, seeded, privacy } = draft();
    const [before] = await privacy();
    const published = sandbox.publishLegalDocumentVersion(seeded.legalEntityUuid, 'privacy_policy');
    expect(await privacy()).toEqual([published]);
    expect(published).toMatchObject({ key: 'privacy_policy', title: before?.title, version: '1.5' });
    expect(published?.uuid).not.toBe(PRIVACY_DOCUMENT_UUID);
    expect(published?.content).not.toBe(before?.content);
    expect(published?.['published_at']).toBe('2026-03-03T09:30:00.000Z');
  });

  it('should publish for that legal entity only', async () => {
    const { sandbox, seeded, privacy } = draft();
    const other = sandbox.seed('draft');
    sandbox.publishLegalDocumentVersion(seeded.legalEntityUuid, 'privacy_policy');
    expect((await privacy(other.legalEntityUuid)).map((document) => document.uuid)).toEqual([PRIVACY_DOCUMENT_UUID]);
  });

  it('should refuse the old version in a PATCH and accept the new one', async () => {
    const { sandbox, seeded, accept } = draft();
    expect((await accept(PRIVACY_DOCUMENT_UUID)).status).toBe(200);
    const published = sandbox.publishLegalDocumentVersion(seeded.legalEntityUuid, 'privacy_policy');
    // The stored acceptance of the old version stays as it was: the client has to accept the new one.
    expect(sandbox.inspect(seeded.applicationUuid ?? '')?.answers['privacy_policy']).toBe(PRIVACY_DOCUMENT_UUID);
    expect(await accept('5a7c3e10-2b4d-4f6a-8c1e-9d0b7a6f3e99')).toMatchObject({ status: 400 });
    const result = await accept(published?.uuid ?? '');
    expect(result.status).toBe(200);
    const answer = (result.body as Application).kyc_steps
      .flatMap((step) => step.questions)
      .find((question) => question.attribute.key === 'privacy_policy')?.attribute.value;
    expect(answer).toBe(published?.uuid);
  });

  it('should bump again on a second publication and be forgotten by reset()', async () => {
    const { sandbox, seeded, privacy } = draft();
    sandbox.publishLegalDocumentVersion(seeded.legalEntityUuid, 'privacy_policy');
    expect(sandbox.publishLegalDocumentVersion(seeded.legalEntityUuid, 'privacy_policy')?.version).toBe('1.6');
    sandbox.reset();
    expect((await privacy()).map((document) => document.uuid)).toEqual([PRIVACY_DOCUMENT_UUID]);
  });

  it('given an unknown key / should publish nothing', () => {
    const { sandbox, seeded } = draft();
    expect(sandbox.publishLegalDocumentVersion(seeded.legalEntityUuid, 'cookie_policy')).toBeUndefined();
  });
});

describe('POST /__sandbox/legal-documents/{key}/publish', () => {
  it('should publish for the legal entity in the body and answer 201 with the new version', async () => {
    const { sandbox, seeded, privacy } = draft();
    const result = await call(sandbox, 'POST', '/__sandbox/legal-documents/privacy_policy/publish', {
      legal_entity_uuid: seeded.legalEntityUuid,
    });
    expect(result.status).toBe(201);
    expect(await privacy()).toEqual([result.body]);
  });

  it('should answer 400 without a valid legal entity and 404 for an unknown key', async () => {
    const { sandbox, seeded } = draft();
    expect(await call(sandbox, 'POST', '/__sandbox/legal-documents/privacy_policy/publish', {})).toEqual({
      status: 400,
      body: { legal_entity_uuid: ['This field is required.'] },
    });
    expect(
      await call(sandbox, 'POST', '/__sandbox/legal-documents/privacy_policy/publish', { legal_entity_uuid: '42' }),
    ).toEqual({ status: 400, body: { legal_entity_uuid: ['Must be a valid UUID.'] } });
    expect(
      await call(sandbox, 'POST', '/__sandbox/legal-documents/cookie_policy/publish', {
        legal_entity_uuid: seeded.legalEntityUuid,
      }),
    ).toEqual({ status: 404, body: { detail: 'Not found.' } });
  });
});
