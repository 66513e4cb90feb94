/**
 * Proof of consent to a legal document, React-free: which document and version the client accepted (or
 * withdrew), in which locale, when, and a SHA-256 of the exact text shown, so a partner can later show
 * what the client agreed to. The payload names the document, never the client: no personal data.
 */
import { legalAcceptance } from './answerRules';
import type { LegalDocument } from './schemas';

/** Ticking the box accepts the document; unticking it withdraws the acceptance. */
export type ConsentAction = 'accepted' | 'withdrawn';

/** What the client was shown: the sanitised HTML content, or the link when the document has no content. */
export interface ShownText {
  kind: 'content' | 'url';
  /** The sanitised HTML exactly as rendered, or the link's `href`. */
  text: string;
  /** The same, exactly as the API sent it (the raw `content` or `url`). */
  source: string;
}

/** One consent, as `onConsent` receives it (and, without `action`, the `legal_document_*` events). */
export interface ConsentDetails {
  action: ConsentAction;
  /** The question's attribute key (`terms_and_conditions`). */
  attributeKey: string;
  /** The application the answer was saved in; null when the field is used outside the flow. */
  applicationUuid: string | null;
  /** The legal document's uuid: the answer saved in the attribute. */
  documentUuid: string;
  /** The legal document's key. */
  documentKey: string;
  /** The legal document's version as the server names it (`"2.1"`), or null when it has none. */
  documentVersion: string | null;
  /** The locale the widget showed the document in (BCP 47, as given to the widget). */
  locale: string;
  /** When the client ticked (or unticked) the box, ISO 8601 in UTC, by the browser's clock. */
  at: string;
  /** What `sha256` was computed over: the document's content, or its link. */
  shown: ShownText['kind'];
  /**
   * SHA-256 (lower-case hex) of the UTF-8 bytes of the text shown: the sanitised HTML as rendered, or
   * the link. Null only where Web Crypto is not available (a page not served over HTTPS or localhost).
   */
  sha256: string | null;
  /**
   * SHA-256 of the same text exactly as the API sent it (the document's raw `content`, or its `url`), so
   * a partner can verify it by fetching that document version again and hashing it. Null as `sha256`.
   */
  sourceSha256: string | null;
}

/** The `onEvent` form of a consent: `legal_document_accepted` / `legal_document_withdrawn`. */
export type ConsentEvent =
  | ({ type: 'legal_document_accepted' } & Omit<ConsentDetails, 'action'>)
  | ({ type: 'legal_document_withdrawn' } & Omit<ConsentDetails, 'action'>);

/**
 * SHA-256 of the UTF-8 bytes of `text`, as lower-case hex, through Web Crypto; null when
 * `crypto.subtle` is missing (insecure context) or fails. Never rejects.
 *
 */
async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}

/**
 * What the field shows of a document: its sanitised content when there is some, otherwise its safe
 * link, otherwise nothing (and nothing can be accepted).
 */
export function shownText(
  document: Pick<LegalDocument, 'content' | 'url'>,
  sanitisedContent: string,
  safeUrl: string | null,
): ShownText | null {
  if (sanitisedContent.trim() !== '')
    return { kind: 'content', text: sanitisedContent, source: document.content ?? '' };
  return safeUrl === null ? null : { kind: 'url', text: safeUrl, source: document.url ?? safeUrl };
}

/** The document's version as text, or null. */
function documentVersion(document: Pick<LegalDocument, 'version'>): string | null {
  const { version } = document;
  return version === null || version === undefined || String(version).trim() === '' ? null : String(version);
}

export interface ConsentInput {
  action: ConsentAction;
  attributeKey: string;
  applicationUuid?: string | null | undefined;
  document: Pick<LegalDocument, 'uuid' | 'key' | 'version'>;
  shown: ShownText;
  locale: string;
  at: Date;
}

/** The consent payload, with the hashes of what was shown. Never rejects. */
export async function buildConsentDetails(input: ConsentInput): Promise<ConsentDetails> {
  const { action, attributeKey, applicationUuid, document, shown, locale, at } = input;
  const [sha256, sourceSha256] = await Promise.all([sha256Hex(shown.text), sha256Hex(shown.source)]);
  return {
    action,
    attributeKey,
    applicationUuid: applicationUuid ? applicationUuid : null,
    documentUuid: document.uuid,
    documentKey: document.key,
    documentVersion: documentVersion(document),
    locale,
    at: at.toISOString(),
    shown: shown.kind,
    sha256,
    sourceSha256,
  };
}

/** The event for a consent. */
export function consentEvent(details: ConsentDetails): ConsentEvent {
  const { action, ...fields } = details;
  return action === 'accepted'
    ? { type: 'legal_document_accepted', ...fields }
    : { type: 'legal_document_withdrawn', ...fields };
}

/**
 * How a saved answer stands against the document the server publishes now: `accepted` (it is this
 * document's uuid), `outdated` (another uuid: an earlier version, never carried over), or `open`.
 */
export function acceptanceOf(value: unknown, document: Pick<LegalDocument, 'uuid'>): 'accepted' | 'outdated' | 'open' {
  // The same rule that counts an outdated acceptance as no answer (`countedAnswer`).
  return legalAcceptance(value, document.uuid);
}

/**
 * When the current version was published: the document's `published_at` (ISO 8601), which the API may
 * send (the contract does not name it; the sandbox does). Null when absent or not a date.
 */
export function publishedAt(document: LegalDocument): Date | null {
  const raw = (document as Record<string, unknown>)['published_at'];
  if (typeof raw !== 'string') return null;
  const date = new Date(raw);
  return Number.isNaN(date.getTime()) ? null : date;
}
