/**
 * What the document field says: the documents' names, its status announcements and why an upload
 * failed, in the client's words.
 */
import { documentKindOf, documentSideOf, isIdentityKind, type IdentityKind } from '../../core/documentChoice';
import type { DocumentUploadError } from '../../core/documentUpload';
import { KycValidationError } from '../../core/errors';
import type { Question } from '../../core/schemas';
import type { KycContextValue } from '../context/KycContext';

/** An identity document's name in the client's words ("ID card"). */
export function kindName(kind: IdentityKind, t: KycContextValue['t']): string {
  return t(`document.kind.${kind}`);
}

/**
 * A document question's title: for an identity document the widget's own name of the kind and side
 * ("ID card, back side"), the same words as the choice; for any other document the question's title.
 */
export function documentTitle(question: Question, t: KycContextValue['t']): string {
  const kind = documentKindOf(question.attribute.key);
  if (!isIdentityKind(kind)) return question.title;
  const side = documentSideOf(question.attribute.key);
  const document = kindName(kind, t);
  if (side === 'front') return t('document.title.front', { document });
  if (side === 'back') return t('document.title.back', { document });
  return document;
}

/** What a good photo of the document shows: the whole page for the proofs, the whole document otherwise. */
export function documentTip(key: string, t: KycContextValue['t']): string {
  const kind = documentKindOf(key);
  return kind === 'proof_of_address' || kind === 'proof_of_funds' ? t('document.tip.page') : t('document.tip.card');
}

/** A file's size in the locale's words and units: "48 kB", "1.2 MB". */
export function formatFileSize(bytes: number, locale: string): string {
  const megabytes = bytes >= 1024 * 1024;
  const format = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: megabytes ? 1 : 0,
  });
  return format.format(megabytes ? bytes / (1024 * 1024) : Math.max(1, Math.round(bytes / 1024)));
}

/** What the polite status region says: progress in steps of ten, the result, or the failure. */
export function statusText(
  phase: string,
  name: string,
  percent: number,
  failure: string | undefined,
  t: KycContextValue['t'],
): string {
  if (phase === 'uploading' || phase === 'creating')
    return t('document.uploading', { name, percent: Math.floor(percent / 10) * 10 });
  if (phase === 'done') return t('document.uploaded', { name });
  return failure ?? '';
}

/** Why the upload failed, for the field's error: the file's problem, or the failure with the server's words. */
export function failureMessage(
  failure: DocumentUploadError,
  file: File | null,
  { t, locale }: KycContextValue,
): string {
  const name = file?.name ?? '';
  if (failure.stage === 'check') {
    switch (failure.code) {
      case 'empty':
        return t('document.file.empty', { name });
      case 'too_large':
        return t('document.file.tooLarge', { name, size: formatMegabytes(file?.size ?? 0, locale) });
      case 'mismatch':
        return t('document.file.mismatch', { name });
      case 'unsupported_type':
        return t('document.file.unsupported', { name });
      case 'hidden_content':
        return t('document.file.hiddenContent', { name });
      case 'damaged':
      case 'unreadable': // the browser could not decode the picture, or could not read the file at all
        return t('document.file.damaged', { name });
    }
  }
  const failed = t('document.failed', { name });
  // A 400 says what the server did not accept; show its words (as text) after ours.
  return failure.error instanceof KycValidationError ? `${failed} ${failure.error.message}` : failed;
}

function formatMegabytes(bytes: number, locale: string): string {
  // The unit too is the locale's: "12.3 MB", "12,3 Mo" in French.
  const format = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  });
  return format.format(bytes / (1024 * 1024));
}
