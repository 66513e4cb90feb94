import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acceptanceOf, buildConsentDetails, consentEvent, publishedAt, shownText } from './consent';
import type { LegalDocument } from './schemas';

const terms: LegalDocument = {
  uuid: '5a7c3e10-2b4d-4f6a-8c1e-9d0b7a6f3e21',
  key: 'terms_and_conditions',
  title: 'Terms and Conditions',
  version: '2.1',
  url: 'https://example.com/terms-v2.1.pdf',
  content: '<p>Terms</p>',
};

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The consent's hashes for `text` shown (and sent) as it is. */
async function hashesOf(text: string) {
  const details = await buildConsentDetails({
    action: 'accepted',
    attributeKey: 'terms_and_conditions',
    document: terms,
    shown: { kind: 'content', text, source: text },
    locale: 'en',
    at: new Date(0),
  });
  return [details.sha256, details.sourceSha256];
}

describe('the SHA-256 of the shown text', () => {
  it('should give the FIPS 180-2 test vector for "abc"', async () => {
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(await hashesOf('abc')).toEqual([abc, abc]);
  });

  it('given non-ASCII text / should hash its UTF-8 bytes', async () => {
    const text = '<p>Geschäftsbedingungen – «conditions» – الشروط</p>';
    expect(await hashesOf(text)).toEqual([nodeSha256(text), nodeSha256(text)]);
  });

  it('given no Web Crypto (insecure context) / should be null instead of throwing', async () => {
    vi.stubGlobal('crypto', {});
    expect(await hashesOf('abc')).toEqual([null, null]);
  });

  it('given a digest that fails / should be null instead of rejecting', async () => {
    vi.stubGlobal('crypto', { subtle: { digest: () => Promise.reject(new Error('NotSupportedError')) } });
    expect(await hashesOf('abc')).toEqual([null, null]);
  });
});

describe('shownText', () => {
  it('given content / should be the sanitised content, even when there is a link too, and keep the source', () => {
    const document = { content: '<p onclick="x()">Terms</p>', url: 'https://example.com/t.pdf' };
    expect(shownText(document, '<p>Terms</p>', 'https://example.com/t.pdf')).toEqual({
      kind: 'content',
      text: '<p>Terms</p>',
      source: '<p onclick="x()">Terms</p>',
    });
  });

  it('given only a safe link / should be the link', () => {
    expect(shownText({ content: '  ', url: ' https://example.com/t.pdf' }, '  ', 'https://example.com/t.pdf')).toEqual({
      kind: 'url',
      text: 'https://example.com/t.pdf',
      source: ' https://example.com/t.pdf',
    });
  });

  it('given neither / should be nothing', () => {
    expect(shownText({ content: null, url: 'javascript:alert(1)' }, '', null)).toBeNull();
  });
});

describe('buildConsentDetails', () => {
  it('should name the document, version, locale and time, and hash exactly the shown text', async () => {
    const details = await buildConsentDetails({
      action: 'accepted',
      attributeKey: 'terms_and_conditions',
      applicationUuid: 'a1b2c3d4-0000-4000-8000-000000000001',
      document: terms,
      shown: { kind: 'content', text: '<p>Terms</p>', source: '<p id="t">Terms</p>' },
      locale: 'de',
      at: new Date(Date.UTC(2026, 2, 3, 9, 30, 0)),
    });
    expect(details).toEqual({
      action: 'accepted',
      attributeKey: 'terms_and_conditions',
      applicationUuid: 'a1b2c3d4-0000-4000-8000-000000000001',
      documentUuid: terms.uuid,
      documentKey: 'terms_and_conditions',
      documentVersion: '2.1',
      locale: 'de',
      at: '2026-03-03T09:30:00.000Z',
      shown: 'content',
      sha256: nodeSha256('<p>Terms</p>'),
      sourceSha256: nodeSha256('<p id="t">Terms</p>'),
    });
  });

  it('given a different text shown / should give a different hash', async () => {
    const base = {
      action: 'accepted' as const,
      attributeKey: 'terms_and_conditions',
      document: terms,
      locale: 'en',
      at: new Date(0),
    };
    const first = await buildConsentDetails({ ...base, shown: { kind: 'content', text: '<p>Terms</p>', source: '' } });
    const second = await buildConsentDetails({
      ...base,
      shown: { kind: 'content', text: '<p>Terms.</p>', source: '' },
    });
    expect(first.sha256).not.toBe(second.sha256);
  });

  it('given a link only and no application / should hash the link and say so', async () => {
    const details = await buildConsentDetails({
      action: 'withdrawn',
      attributeKey: 'terms_and_conditions',
      applicationUuid: '',
      document: { ...terms, version: 3 },
      shown: { kind: 'url', text: 'https://example.com/terms-v2.1.pdf', source: 'https://example.com/terms-v2.1.pdf' },
      locale: 'en',
      at: new Date(0),
    });
    expect(details).toMatchObject({
      action: 'withdrawn',
      applicationUuid: null,
      documentVersion: '3',
      shown: 'url',
      sha256: nodeSha256('https://example.com/terms-v2.1.pdf'),
    });
  });

  it('should carry nothing but the document, the moment and the hash (no personal data)', async () => {
    const details = await buildConsentDetails({
      action: 'accepted',
      attributeKey: 'terms_and_conditions',
      document: { ...terms, title: 'Jane Doe’s terms' } as LegalDocument,
      shown: { kind: 'content', text: '<p>Dear Jane Doe</p>', source: '<p>Dear Jane Doe</p>' },
      locale: 'en',
      at: new Date(0),
    });
    expect(JSON.stringify(details)).not.toMatch(/Jane|Dear|<p>/);
  });
});

describe('consentEvent', () => {
  it('should type an acceptance and a withdrawal as their own events, without the action field', async () => {
    const details = await buildConsentDetails({
      action: 'accepted',
      attributeKey: 'terms_and_conditions',
      document: terms,
      shown: { kind: 'content', text: 'x', source: 'x' },
      locale: 'en',
      at: new Date(0),
    });
    const accepted = consentEvent(details);
    expect(accepted).toMatchObject({ type: 'legal_document_accepted', documentVersion: '2.1' });
    expect(accepted).not.toHaveProperty('action');
    expect(consentEvent({ ...details, action: 'withdrawn' }).type).toBe('legal_document_withdrawn');
  });
});

describe('acceptanceOf', () => {
  it('should tell the current document, an earlier version and no answer apart', () => {
    expect(acceptanceOf(terms.uuid, terms)).toBe('accepted');
    expect(acceptanceOf('0ld-version-uuid', terms)).toBe('outdated');
    expect(acceptanceOf(null, terms)).toBe('open');
    expect(acceptanceOf('', terms)).toBe('open');
  });
});

describe('the version and publishedAt', () => {
  it('should read the version as text and ignore an empty one', async () => {
    const versionOf = async (version: LegalDocument['version']) =>
      (
        await buildConsentDetails({
          action: 'accepted',
          attributeKey: 'terms_and_conditions',
          document: { ...terms, version },
          shown: { kind: 'content', text: 'x', source: 'x' },
          locale: 'en',
          at: new Date(0),
        })
      ).documentVersion;
    expect(await versionOf(2)).toBe('2');
    expect(await versionOf(' ')).toBeNull();
    expect(await versionOf(null)).toBeNull();
  });

  it('should read published_at when the server sends a date, and ignore anything else', () => {
    expect(publishedAt({ ...terms, published_at: '2026-03-03T09:30:00Z' })?.toISOString()).toBe(
      '2026-03-03T09:30:00.000Z',
    );
    expect(publishedAt({ ...terms, published_at: 'soon' })).toBeNull();
    expect(publishedAt(terms)).toBeNull();
  });
});
