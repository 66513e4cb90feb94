/**
 * One side of a document as a compact card: empty, it is a drop area with an example of a good photo;
 * while the file travels, its progress (cancellable); once uploaded, a large preview with the file's
 * name and size, Replace and Remove, and the drop area is gone. A failed upload can be retried without
 * uploading twice. A front side of a two-sided document offers "one side only": the front picture is
 * then also sent as the back side (the API wants a back side in any case) and no back side is asked for.
 */
import type { FocusEvent } from 'react';
import { pairedSide } from '../../core/attributes';
import { documentKindOf, documentSideOf, isDocumentValue } from '../../core/documentChoice';
import type { DocumentSession } from '../../core/documentSession';
import { clientNoteOf } from '../../core/flow';
import { useKyc } from '../context/KycContext';
import { useDocumentUpload } from '../hooks/useDocumentUpload';
import { useLatest } from '../hooks/useLatest';
import { DocumentExample } from './DocumentExample';
import type { DocumentFieldProps } from './DocumentField';
import { failureMessage, statusText } from './documentMessages';
import { DocumentPreview } from './DocumentPreview';
import { FieldShell, describedBy } from './FieldShell';
import { FileDropZone, FileInput } from './FileDropZone';
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
  const empty = !busy && !value;
  const described = [describedBy(id, shown, error), empty ? `${id}-hint` : ''].filter(Boolean).join(' ');

  const start = (file: File) => void upload.start(file, { pairedKey: props.oneSided ? backKey : null });
  const setOneSided = (checked: boolean) => {
    props.onOneSidedChange(checked);
    if (!backKey) return;
    if (!checked) onPairedValueChange?.(backKey, null);
    else if (value && !busy) void upload.pair(backKey, value);
  };
  const remove = () => {
    upload.reset();
    onValueChange(null);
    if (backKey && props.oneSided) onPairedValueChange?.(backKey, null);
  };
  const blur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onBlur?.();
  };

  return (
    <FieldShell id={id} question={shown} error={error} disabled={disabled} kind="document" as="group">
      <div className="kyc-document" data-state={upload.phase} data-filled={value ? true : undefined} onBlur={blur}>
        <FileInput
          id={id}
          label={busy || (value && disabled) ? t('document.choose') : undefined}
          describedBy={described || undefined}
          invalid={Boolean(error)}
          disabled={disabled}
          onFile={start}
        />
        {note ? <p className="kyc-document__note">{t('document.note', { note })}</p> : null}
        {busy ? (
          <UploadProgress id={`${id}-progress`} name={name} percent={percent} onCancel={upload.cancel} />
        ) : value ? (
          <div className="kyc-document__uploaded">
            <DocumentPreview files={value.files} localFile={session.localFile} />
            {disabled ? null : (
              <div className="kyc-document__actions">
                <FileDropZone variant="replace" inputId={id} chooseLabel={t('document.replace')} onFile={start} />
                <button type="button" className="kyc-button kyc-button--link kyc-document__remove" onClick={remove}>
                  {t('document.remove')}
                </button>
              </div>
            )}
          </div>
        ) : (
          <FileDropZone
            inputId={id}
            chooseLabel={t('document.choose')}
            describedBy={described || undefined}
            disabled={disabled}
            onFile={start}
            tip={documentKindOf(key)?.startsWith('proof_') ? t('document.tip.page') : t('document.tip.card')}
          >
            <DocumentExample kind={documentKindOf(key)} side={documentSideOf(key)} />
          </FileDropZone>
        )}
        {backKey ? (
          <label className="kyc-choice kyc-document__single">
            <input
              type="checkbox"
              checked={props.oneSided}
              disabled={disabled || busy}
              onChange={(event) => setOneSided(event.target.checked)}
            />
            <span>{t('document.singleSided')}</span>
          </label>
        ) : null}
        {failure && failure.stage !== 'check' ? (
          <button
            type="button"
            className="kyc-button kyc-button--primary kyc-document__retry"
            onClick={() => void upload.retry()}
          >
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
