/** The note a legal document field shows when the document changed since the client accepted it. */
import { publishedAt } from '../../core/consent';
import type { LegalDocument } from '../../core/schemas';
import type { useKyc } from '../context/KycContext';

/** "This document was updated on 3 March 2026 …", or without the date when the server sends none. */
export function updatedNote(legalDocument: LegalDocument, t: ReturnType<typeof useKyc>['t'], locale: string): string {
  const date = publishedAt(legalDocument);
  if (!date) return t('legal.newVersion');
  let formatted: string;
  try {
    formatted = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
  } catch {
    formatted = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(date);
  }
  return t('legal.updated', { date: formatted });
}
