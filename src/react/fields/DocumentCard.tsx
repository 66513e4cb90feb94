/**
 * One side of a document as a compact card: empty, a drop area with an example of a good photo; while
 * the file travels, its progress (cancellable); uploaded, a large preview with name, size, Replace and
 * Remove. Empty, it offers the live camera too where the device has one. A photo that fails a capture
 * check waits on the retake screen. A failed upload is retried without uploading twice. A two-sided front offers "one side only" (its picture also goes as the back).
 */
import { useRef, type FocusEvent } from 'react';
import { pairedSide } from '../../core/attributes';
import { documentSideOf, isDocumentValue } from '../../core/documentChoice';
import type { DocumentSession } from '../../core/documentSession';
import { clientNoteOf } from '../../core/flow';
import { useKyc } from '../context/KycContext';
import { useCaptureCheck } from '../hooks/useCaptureCheck';
import { useDocumentUpload } from '../hooks/useDocumentUpload';
import { useLatest } from '../hooks/useLatest';
import type { DocumentFieldProps } from './DocumentField';
import { failureMessage, statusText } from './documentMessages';
import { DocumentPreview } from './DocumentPreview';
import { FieldShell, describedBy } from './FieldShell';
import { DocumentEmptySide } from './DocumentEmptySide';
import { FileDropZone, FileInput } from './FileDropZone';
import { OneSidedChoice } from './OneSidedChoice';
import { RetakeScreen } from './RetakeScreen';
import { UploadProgress, percentOf } from './UploadProgress';

export interface DocumentCardProps extends DocumentFieldProps {
  /** The card's title: the document and side ("ID card, front side"). */
  title: string;
  required: boolean;
  /** For a two-sided document: whether the customer gives one side only. */
  oneSided: boolean;
  onOneSidedChange: (oneSided: boolean) => void;
  session: DocumentSession;
}

export function DocumentCard(props: DocumentCardProps) {
  const { question, id, onValueChange, onBlur, disabled, onPairedValueChange, session } = props;
  const kyc = useKyc();
  const { t } = kyc;
  const key = question.attribute.key;
  const value = isDocumentValue(props.value) ? props.value : null;
  const backKey = onPairedValueChange && documentSideOf(key) === 'front' ? pairedSide(key) : null;
  const latest = useLatest({ oneSided: props.oneSided, onPairedValueChange });
  // The buttons that go away when pressed (Remove, Try again) hand focus to the side's file input.
  const input = useRef<HTMLInputElement>(null);

  const upload = useDocumentUpload({
    attributeKey: key,
    onDocument: (document, file) => {
      if (file) for (const uploaded of document.files) session.rememberFile(uploaded.uuid, file);
      onValueChange(document);
    },
    onPairedDocument: (pairedKey, document) => {
      if (latest.current.oneSided) latest.current.onPairedValueChange?.(pairedKey, document);
    },
  });

  const busy = upload.phase === 'checking' || upload.phase === 'uploading' || upload.phase === 'creating';
  const failure = upload.phase === 'failed' ? upload.error : null;
  const localMessage = failure ? failureMessage(failure, upload.file, kyc) : undefined;
  const error = localMessage ?? props.error;
  const note = clientNoteOf({ ...question.attribute, value });
  const name = upload.file?.name ?? value?.files[0]?.name ?? '';
  const percent = upload.phase === 'creating' ? 100 : percentOf(upload.progress);
  const shown = { ...question, title: props.title, is_required: props.required };
  const described = [describedBy(id, shown, error), busy || value ? '' : `${id}-hint`].filter(Boolean).join(' ');

  const start = (file: File) => void upload.start(file, { pairedKey: props.oneSided ? backKey : null });
  // A photo that fails a check waits for a retake; when the camera closes by itself, focus goes to the picker.
  const capture = useCaptureCheck(key, start, { empty: !busy && !value, onCameraClosed: () => input.current?.focus() });
  const setOneSided = (checked: boolean) => {
    props.onOneSidedChange(checked);
    if (!backKey) return;
    if (!checked) onPairedValueChange?.(backKey, null);
    else if (value && !busy) void upload.pair(backKey, value);
  };
  const remove = () => {
    input.current?.focus();
    upload.reset();
    onValueChange(null);
    if (backKey && props.oneSided) onPairedValueChange?.(backKey, null);
  };
  const retry = () => {
    input.current?.focus();
    void upload.retry();
  };
  const blur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onBlur?.();
  };

  return (
    <FieldShell id={id} question={shown} error={error} disabled={disabled} kind="document" as="group">
      <div className="kyc-document" data-state={upload.phase} data-filled={value ? true : undefined} onBlur={blur}>
        <FileInput
          inputRef={input}
          id={id}
          label={busy || capture.held || capture.camera.open || (value && disabled) ? t('document.choose') : undefined}
          describedBy={described || undefined}
          invalid={Boolean(error)}
          disabled={disabled}
          onFile={capture.check}
        />
        {note ? <p className="kyc-document__note">{t('document.note', { note })}</p> : null}
        {busy ? (
          <UploadProgress id={`${id}-progress`} name={name} percent={percent} onCancel={upload.cancel} />
        ) : capture.held ? (
          <RetakeScreen id={id} photo={capture.held} onRetake={capture.retake} onUseAnyway={capture.useAnyway} />
        ) : value ? (
          <div className="kyc-document__uploaded">
            <DocumentPreview files={value.files} localFile={session.localFile} />
            {disabled ? null : (
              <div className="kyc-document__actions">
                <FileDropZone
                  variant="replace"
                  inputId={id}
                  chooseLabel={t('document.replace')}
                  onFile={capture.check}
                />
                <button type="button" className="kyc-button kyc-button--link kyc-document__remove" onClick={remove}>
                  {t('document.remove')}
                </button>
              </div>
            )}
          </div>
        ) : (
          <DocumentEmptySide
            id={id}
            attributeKey={key}
            describedBy={described || undefined}
            disabled={disabled}
            capture={capture}
          />
        )}
        {backKey ? (
          <OneSidedChoice checked={props.oneSided} disabled={disabled || busy} onChange={setOneSided} />
        ) : null}
        {failure && failure.stage !== 'check' ? (
          <button type="button" className="kyc-button kyc-button--primary kyc-document__retry" onClick={retry}>
            {t('document.retry')}
          </button>
        ) : null}
        <p className="kyc-visually-hidden kyc-document__status" role="status">
          {statusText(upload.phase, name, percent, localMessage, t)}
        </p>
      </div>
    </FieldShell>
  );
}
