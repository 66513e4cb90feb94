/**
 * React binding of the document upload controller (`core/documentUpload.ts`): one controller per
 * attribute, its state through `useSyncExternalStore`, the latest callbacks kept in refs, and the
 * running upload aborted when the field unmounts.
 */
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import {
  createDocumentUpload,
  type DocumentUploadController,
  type DocumentUploadError,
  type DocumentUploadState,
} from '../../core/documentUpload';
import { isKycError } from '../../core/errors';
import type { KycDocument } from '../../core/schemas';
import { useKyc } from '../context/KycContext';

export interface UseDocumentUploadOptions {
  /** The document attribute the upload answers. */
  attributeKey: string;
  /** Receives each document created for `attributeKey` (put it in the attribute value). */
  onDocument: (document: KycDocument) => void;
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
  const { client, emit } = useKyc();
  const { attributeKey } = options;
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const emitRef = useRef(emit);
  useEffect(() => {
    emitRef.current = emit;
  });

  const controller = useMemo(
    () =>
      createDocumentUpload({
        api: client,
        attributeKey,
        onDocument: (document) => {
          emitRef.current({ type: 'document_uploaded', attributeKey, files: document.files.length });
          latest.current.onDocument(document);
        },
        onPairedDocument: (pairedKey, document) => {
          emitRef.current({ type: 'document_uploaded', attributeKey: pairedKey, files: document.files.length });
          latest.current.onPairedDocument?.(pairedKey, document);
        },
        onFailure: (error) => emitRef.current({ type: 'upload_failed', attributeKey, reason: failureReason(error) }),
      }),
    [client, attributeKey],
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
