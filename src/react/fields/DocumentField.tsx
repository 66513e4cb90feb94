/**
 * The document upload field. The file is checked by its bytes before anything is sent, uploaded with
 * progress (cancellable), turned into a document, and that document becomes the answer. A failed
 * upload can be retried without uploading twice. For a front side, "My document has one side only"
 * also answers the back side with the same picture (the guide asks for a back side in any case).
 */
import { useRef, useState, type FocusEvent } from 'react';
import type { DocumentUploadError } from '../../core/documentUpload';
import { KycValidationError } from '../../core/errors';
import { pairedSide } from '../../core/attributes';
import { clientNoteOf } from '../../core/flow';
import type { KycDocument } from '../../core/schemas';
import { useKyc, type KycContextValue } from '../context/KycContext';
import { useDocumentUpload } from '../hooks/useDocumentUpload';
import { DocumentPreview } from './DocumentPreview';
import { FieldShell, describedBy } from './FieldShell';
import type { FieldProps } from './fieldProps';
import { FileDropZone } from './FileDropZone';
import { UploadProgress, percentOf } from './UploadProgress';

export interface DocumentFieldProps extends FieldProps<KycDocument> {
  /**
   * Sets the answer of the paired back side. Given for a front-side key (`id_card_front_side` …), it
   * enables "My document has one side only": the uploaded picture is then also sent as the back side
   * (a second document from the same uploaded files) and reported here as `(backKey, document)`;
   * un-ticking reports `(backKey, null)`. Without it the option is not offered.
   */
  onPairedValueChange?: ((backKey: string, value: KycDocument | null) => void) | undefined;
  /** The back side's current answer; when it holds the same files as `value`, the option starts ticked. */
  pairedValue?: KycDocument | null | undefined;
}

export function DocumentField(props: DocumentFieldProps) {
  const { question, id, onValueChange, onBlur, disabled, onPairedValueChange, pairedValue } = props;
  const kyc = useKyc();
  const { t } = kyc;
  const key = question.attribute.key;
  const value = isDocument(props.value) ? props.value : null;
  const backKey = onPairedValueChange ? pairedSide(key) : null;
  const [singleSided, setSingleSided] = useState(() => value !== null && sameFiles(value, pairedValue));
  const singleRef = useRef(singleSided);
  singleRef.current = singleSided;

  const upload = useDocumentUpload({
    attributeKey: key,
    onDocument: (document) => onValueChange(document),
    onPairedDocument: (pairedKey, document) => {
      if (singleRef.current) onPairedValueChange?.(pairedKey, document);
    },
  });

  const busy = upload.phase === 'checking' || upload.phase === 'uploading' || upload.phase === 'creating';
  const failure = upload.phase === 'failed' ? upload.error : null;
  const localMessage = failure ? failureMessage(failure, upload.file, kyc) : undefined;
  const error = localMessage ?? props.error;
  const note = clientNoteOf({ ...question.attribute, value });
  // The local file is shown while it is on its way, and afterwards while it is still the answer.
  const showLocal =
    upload.file !== null &&
    (upload.phase !== 'done' || upload.document?.uuid === value?.uuid) &&
    failure?.stage !== 'check';
  const name = upload.file?.name ?? value?.files[0]?.name ?? '';
  const percent = upload.phase === 'creating' ? 100 : percentOf(upload.progress);

  const start = (file: File) => void upload.start(file, { pairedKey: singleSided ? backKey : null });
  const toggleSingleSided = (checked: boolean) => {
    setSingleSided(checked);
    singleRef.current = checked;
    if (!backKey) return;
    if (!checked) onPairedValueChange?.(backKey, null);
    else if (value && !busy) void upload.pair(backKey, value);
  };
  const remove = () => {
    upload.reset();
    onValueChange(null);
    if (backKey && singleSided) onPairedValueChange?.(backKey, null);
  };
  const blur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onBlur?.();
  };

  return (
    <FieldShell id={id} question={question} error={error} disabled={disabled} kind="document" as="group">
      <div className="kyc-document" data-state={upload.phase} onBlur={blur}>
        {note ? <p className="kyc-document__note">{t('document.note', { note })}</p> : null}
        {showLocal || value ? (
          <DocumentPreview file={showLocal ? upload.file : null} files={value?.files ?? []} />
        ) : null}
        {busy ? <UploadProgress id={`${id}-progress`} name={name} percent={percent} onCancel={upload.cancel} /> : null}
        {failure && failure.stage !== 'check' ? (
          <button
            type="button"
            className="kyc-button kyc-button--primary kyc-document__retry"
            onClick={() => void upload.retry()}
          >
            {t('document.retry')}
          </button>
        ) : null}
        {!busy ? (
          <FileDropZone
            inputId={id}
            chooseLabel={value ? t('document.replace') : t('document.choose')}
            describedBy={describedBy(id, question, error)}
            invalid={Boolean(error)}
            disabled={disabled}
            onFile={start}
          />
        ) : null}
        {value && !busy && !disabled ? (
          <button type="button" className="kyc-button kyc-button--link kyc-document__remove" onClick={remove}>
            {t('document.remove')}
          </button>
        ) : null}
        {backKey ? (
          <label className="kyc-choice kyc-document__single">
            <input
              type="checkbox"
              checked={singleSided}
              disabled={disabled || busy}
              onChange={(event) => toggleSingleSided(event.target.checked)}
            />
            <span>{t('document.singleSided')}</span>
          </label>
        ) : null}
        <p className="kyc-visually-hidden kyc-document__status" role="status">
          {statusText(upload.phase, name, percent, localMessage, t)}
        </p>
      </div>
    </FieldShell>
  );
}

/** What the polite status region says: progress in steps of ten, the result, or the failure. */
function statusText(
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

function failureMessage(failure: DocumentUploadError, file: File | null, { t, locale }: KycContextValue): string {
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

function isDocument(value: unknown): value is KycDocument {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as KycDocument).uuid === 'string' &&
    Array.isArray((value as KycDocument).files)
  );
}

function sameFiles(a: KycDocument, b: KycDocument | null | undefined): boolean {
  if (!isDocument(b) || a.files.length === 0) return false;
  const uuids = (doc: KycDocument) =>
    doc.files
      .map((file) => file.uuid)
      .sort()
      .join(',');
  return uuids(a) === uuids(b);
}
