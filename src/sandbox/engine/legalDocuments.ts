/**
 * The legal documents each legal entity publishes now: the fixtures, until the control API publishes a
 * newer version (new uuid, next version, changed text, `published_at`). A newer version replaces the
 * current one for that legal entity only; answers naming the earlier uuid stay stored but are no longer
 * current, and a PATCH accepts only the current uuid.
 */
import type { LegalDocument } from '../../core/schemas';
import type { EngineContext, SandboxState } from './state';
import { LEGAL_DOCUMENTS, legalDocumentFor } from './fixtures/legalDocuments';
import { isoTime } from './state';

/** Newer versions by `legalEntityUuid/key`, per engine state (so `reset()` forgets them too). */
const publishedByState = new WeakMap<SandboxState, Map<string, LegalDocument>>();

function published(ctx: EngineContext): Map<string, LegalDocument> {
  let map = publishedByState.get(ctx.state);
  if (!map) {
    map = new Map();
    publishedByState.set(ctx.state, map);
  }
  return map;
}

const slot = (legalEntityUuid: string, key: string) => `${legalEntityUuid.toLowerCase()}/${key}`;

/** Every current document of a legal entity. */
export function currentLegalDocuments(ctx: EngineContext, legalEntityUuid: string): LegalDocument[] {
  const newer = published(ctx);
  return LEGAL_DOCUMENTS.map((document) => newer.get(slot(legalEntityUuid, document.key)) ?? document);
}

/** The current document for an attribute key, if any. */
export function currentLegalDocument(
  ctx: EngineContext,
  legalEntityUuid: string,
  key: string,
): LegalDocument | undefined {
  return published(ctx).get(slot(legalEntityUuid, key)) ?? legalDocumentFor(key);
}

/** Publishes the next version of the document `key` for a legal entity; undefined for an unknown key. */
export function publishLegalDocumentVersion(
  ctx: EngineContext,
  legalEntityUuid: string,
  key: string,
): LegalDocument | undefined {
  const current = currentLegalDocument(ctx, legalEntityUuid, key);
  if (!current) return undefined;
  const before = current.version === null || current.version === undefined ? '' : String(current.version);
  const version = nextVersion(before);
  const next: LegalDocument = {
    ...current,
    uuid: ctx.random.uuid(),
    version,
    published_at: isoTime(ctx.now()),
    url:
      typeof current.url === 'string' && before !== '' ? current.url.replace(`v${before}`, `v${version}`) : current.url,
    content: [
      current.content ?? '',
      `<h2>Changes in version ${version}</h2>`,
      '<p>We now keep the information you give us for five years after your account is closed, as the law',
      'against money laundering requires, and then delete it.</p>',
    ].join('\n'),
  };
  published(ctx).set(slot(legalEntityUuid, key), next);
  return next;
}

/** `2.1` → `2.2`, `3` → `4`; anything else becomes `2`. */
function nextVersion(version: string): string {
  const match = /^(.*?)(\d+)$/.exec(version);
  if (!match) return '2';
  return `${match[1] ?? ''}${Number(match[2]) + 1}`;
}
