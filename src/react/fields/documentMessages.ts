/** What the document field says: its status announcements and why an upload failed, in the client's words. */
import type { DocumentUploadError } from '../../core/documentUpload';
import { KycValidationError } from '../../core/errors';
import type { KycContextValue } from '../context/KycContext';

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
      default:
        return failure.message;
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
