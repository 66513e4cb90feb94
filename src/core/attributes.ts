/**
 * What an attribute is, by the guide's documented keys first and its `type` second: a liveness check
 * (and whether it is done), a document (and its paired back side), and the field that renders it.
 * Shared by the widget and the sandbox, so both read an attribute the same way.
 */
import type { Attribute, DocumentKey } from './schemas';
import { ATTRIBUTE_TYPES, DOCUMENT_KEYS, LIVENESS_TOKEN_KEY, LIVENESS_URL_KEY } from './schemas';

/** How the liveness check of this attribute runs, chosen by key as the guide says, or null. */
export function livenessMode(attribute: Pick<Attribute, 'key'>): 'token' | 'url' | null {
  if (attribute.key === LIVENESS_TOKEN_KEY) return 'token';
  if (attribute.key === LIVENESS_URL_KEY) return 'url';
  return null;
}

/** Whether this is a liveness attribute: one of the two liveness keys, or type `sumsub_liveness`. */
export function isLivenessAttribute(attribute: Pick<Attribute, 'key' | 'type'>): boolean {
  return livenessMode(attribute) !== null || attribute.type === 'sumsub_liveness';
}

/** Whether `key` is one of the document keys named by the guide. */
export function isDocumentKey(key: string): key is DocumentKey {
  return (DOCUMENT_KEYS as readonly string[]).includes(key);
}

const BACK_SIDES: Readonly<Partial<Record<DocumentKey, DocumentKey>>> = {
  id_card_front_side: 'id_card_back_side',
  driver_license_front_side: 'driver_license_back_side',
  residence_permit_license_front_side: 'residence_permit_license_back_side',
};

/** The back-side key of a front-side document key (`id_card_front_side` → `id_card_back_side`), else null. */
export function pairedSide(key: string): DocumentKey | null {
  return isDocumentKey(key) ? (BACK_SIDES[key] ?? null) : null;
}

/** The attribute types rendered by their type: every known one but `sumsub_liveness` (its keys decide). */
type TypedKind = Exclude<(typeof ATTRIBUTE_TYPES)[number], 'sumsub_liveness'>;

/** How an attribute is rendered. */
export type FieldKind = TypedKind | 'liveness_token' | 'liveness_url' | 'unknown';

const TYPE_KINDS: ReadonlySet<string> = new Set(ATTRIBUTE_TYPES.filter((type) => type !== 'sumsub_liveness'));

/**
 * The field to render. The guide's documented keys win over `type`: a document key is a `document`,
 * the liveness keys are `liveness_token` / `liveness_url`. Otherwise the type decides; a type the widget
 * does not know, and a `sumsub_liveness` type under another key, are `unknown` (rendered by a fallback).
 */
export function fieldKind(attribute: Pick<Attribute, 'key' | 'type'>): FieldKind {
  const mode = livenessMode(attribute);
  if (mode === 'token') return 'liveness_token';
  if (mode === 'url') return 'liveness_url';
  if (isDocumentKey(attribute.key)) return 'document';
  const type = typeof attribute.type === 'string' ? attribute.type.trim().toLowerCase() : '';
  return TYPE_KINDS.has(type) ? (type as FieldKind) : 'unknown';
}

/** Whether the liveness check of this attribute is done, as the server reports it. */
export function isLivenessCompleted(attribute: Pick<Attribute, 'verification'>): boolean {
  return attribute.verification?.sumsub?.status === 'completed';
}
