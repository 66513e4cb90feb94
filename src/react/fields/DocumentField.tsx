/**
 * The document upload field. The file is checked by its bytes before anything is sent, uploaded with
 * progress (cancellable), turned into a document, and that document becomes the answer. A failed
 * upload can be retried without uploading twice. For a front side, "My document has one side only"
 * also answers the back side with the same picture (the guide asks for a back side in any case).
 */
import { useRef, useState, type FocusEvent } from 'react';
import { pairedSide } from '../../core/attributes';
import { clientNoteOf } from '../../core/flow';
import type { KycDocument } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { useDocumentUpload } from '../hooks/useDocumentUpload';
import { failureMessage, statusText } from './documentMessages';
import { DocumentPreview } from './DocumentPreview';
import { isDocument, sameFiles } from './documentValue';
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
