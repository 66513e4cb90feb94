/**
 * React binding of the document upload controller (`core/documentUpload.ts`): one controller per
 * attribute, its state through `useSyncExternalStore`, the latest callbacks through `useLatest`, and
 * the running upload aborted when the field unmounts.
 *
 * Each picked file is looked at as picked and a picture re-encoded before the check (`prepareUpload`):
 * a picture carrying a web page or script, or one that is cut short or does not decode, is refused, and
 * what is uploaded is only the picture's pixels.
 *
 * Failures reach the partner: every failure emits `upload_failed`; a failed call (the upload or the
 * document creation) also goes to `onError` with during `upload`. A file refused by the check in the
 * browser (empty, too large, not a picture or PDF, hidden content, damaged) calls nothing, so it is not
 * an error of the widget.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import {
  createDocumentUpload,
  type DocumentUploadController,
  type DocumentUploadError,
  type DocumentUploadState,
} from '../../core/documentUpload';
import { isKycError } from '../../core/errors';
import type { KycDocument } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { useLatest } from './useLatest';

export interface UseDocumentUploadOptions {
  /** The document attribute the upload answers. */
  attributeKey: string;
  /**
   * Receives each document created for `attributeKey` (put it in the attribute value), with the file
   * uploaded for it (as sent: a large photo downscaled), for a preview.
   */
  onDocument: (document: KycDocument, file: File | null) => void;
  /** Receives each document created for the paired back-side key. */
  onPairedDocument?: ((pairedKey: string, document: KycDocument) => void) | undefined;
}

export type UseDocumentUploadResult = DocumentUploadState &
  Pick<DocumentUploadController, 'start' | 'pair' | 'retry' | 'cancel' | 'reset'>;

/**
 * Checks, uploads and turns a file into a document for one attribute.
 *
 * @example
 * const upload = useDocumentUpload({ attributeKey: 'passport', onDocument: (doc) => onValueChange(doc) });
 * <input type="file" onChange={(e) => e.target.files?.[0] && upload.start(e.target.files[0])} />
 * {upload.phase === 'failed' && <button onClick={upload.retry}>Retry</button>}
 */
export function useDocumentUpload(options: UseDocumentUploadOptions): UseDocumentUploadResult {
  const kyc = useKyc();
  const { client } = kyc;
  const { attributeKey } = options;
  const latest = useLatest({ options, kyc });

  const controller = useMemo(
    () =>
      createDocumentUpload({
        api: client,
        attributeKey,
        onDocument: (document, file) => {
          latest.current.kyc.emit({ type: 'document_uploaded', attributeKey, files: document.files.length });
          latest.current.options.onDocument(document, file);
        },
        onPairedDocument: (pairedKey, document) => {
          latest.current.kyc.emit({ type: 'document_uploaded', attributeKey: pairedKey, files: document.files.length });
          latest.current.options.onPairedDocument?.(pairedKey, document);
        },
        onFailure: (failure) => {
          const { emit, report } = latest.current.kyc;
          emit({ type: 'upload_failed', attributeKey, reason: failureReason(failure) });
          if (failure.stage !== 'check') report.failed(failure.error, 'upload');
        },
      }),
    [client, attributeKey, latest],
  );
  useEffect(() => () => controller.cancel(), [controller]);

  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  return {
    ...state,
    start: controller.start,
    pair: controller.pair,
    retry: controller.retry,
    cancel: controller.cancel,
    reset: controller.reset,
  };
}

/** A reason without personal data: the check's code, or the error's kind. */
function failureReason(error: DocumentUploadError): string {
  if (error.stage === 'check') return `file_${error.code}`;
  const kind = isKycError(error.error) ? error.error.kind : 'unknown';
  return `${error.stage}_${kind}`;
}
