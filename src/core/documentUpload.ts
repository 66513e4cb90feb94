/**
 * The upload of one document answer, without React: check the file's bytes → upload it with progress →
 * create the document → report it. Cancel aborts whatever is running; retry resumes from the step that
 * failed, so a document whose files are already uploaded is never uploaded twice. For a single-sided
 * front side it also creates the back side's document from the same uploaded files.
 */
import { ACCEPTED_TYPES, checkFile, type FileProblem } from './fileCheck';
import { MAX_UPLOAD_BYTES } from './fileType';
import { prepareUpload } from './prepareUpload';
import type { KycDocument, UploadedFile } from './schemas';
import type { UploadProgress, UploadProgressHandler } from './upload';

/** The file types a document may be, as the `accept` of a file input. */
export const DOCUMENT_ACCEPT = ACCEPTED_TYPES.join(',');

/** The two API calls an upload needs (the KYC client has both). */
interface DocumentUploadApi {
  uploadFiles(
    files: readonly Blob[],
    call: { onProgress?: UploadProgressHandler | undefined; signal?: AbortSignal | undefined },
  ): Promise<UploadedFile[]>;
  createDocument(
    attributeKey: string,
    fileUuids: readonly string[],
    call?: { signal?: AbortSignal | undefined },
  ): Promise<KycDocument>;
}

/** The result of checking a file before upload: fine, or refused with a code and an English message. */
type FileCheckOutcome = { ok: true } | { ok: false; code: FileProblem | 'unreadable'; message: string };

type UploadPhase = 'idle' | 'checking' | 'uploading' | 'creating' | 'done' | 'failed';

/** Why the last run failed: the file was refused before upload, the upload failed, or a document was not created. */
export type DocumentUploadError =
  | { stage: 'check'; code: FileProblem | 'unreadable'; message: string }
  | { stage: 'upload'; error: unknown }
  | { stage: 'create'; error: unknown };

export interface DocumentUploadState {
  phase: UploadPhase;
  /** The file of the current (or last finished) run; null when the run only pairs an existing document. */
  file: File | null;
  /** Bytes sent, while uploading. */
  progress: UploadProgress | null;
  error: DocumentUploadError | null;
  /** The document this controller created last for the attribute. */
  document: KycDocument | null;
}

export interface DocumentUploadOptions {
  api: DocumentUploadApi;
  attributeKey: string;
  /** Called with each document created for `attributeKey`, and the file uploaded for it (null when only paired). */
  onDocument?: ((document: KycDocument, file: File | null) => void) | undefined;
  /** Called with each document created for the paired (back side) key. */
  onPairedDocument?: ((pairedKey: string, document: KycDocument) => void) | undefined;
  /** Called when a run fails (the file was refused, or a call failed); not when it is cancelled. */
  onFailure?: ((error: DocumentUploadError) => void) | undefined;
  /** Checks a file before upload. Default: `checkFile` by content, up to 10 MB, images and PDF. */
  check?: ((file: File) => Promise<FileCheckOutcome>) | undefined;
  /**
   * Turns the picked file into the file to upload, before the check. Default `prepareUpload`: a
   * picture is checked by content, then drawn again (at most 2000 px) so only its pixels leave the
   * browser; a refused file goes on unchanged for the check to name the problem.
   */
  prepare?: ((file: File) => Promise<File>) | undefined;
}

interface StartOptions {
  /** Also create a document for this key (the back side) from the same uploaded files. */
  pairedKey?: string | null | undefined;
}

export interface DocumentUploadController {
  getState(): DocumentUploadState;
  subscribe(listener: () => void): () => void;
  /** Checks and uploads `file`, creates the document; cancels a run in progress first. */
  start(file: File, options?: StartOptions): Promise<void>;
  /** Creates a document for `pairedKey` from the files of an existing `document` (no upload). */
  pair(pairedKey: string, document: KycDocument): Promise<void>;
  /** Resumes the failed run from the step that failed. No-op unless the phase is `failed`. */
  retry(): Promise<void>;
  /** Aborts the running upload or creation; nothing more is reported for it. */
  cancel(): void;
  /** Cancels and forgets everything (back to `idle`). */
  reset(): void;
}

interface Run {
  file: File | null;
  uploaded: UploadedFile[] | null;
  document: KycDocument | null;
  pairedKey: string | null;
  pairedDone: boolean;
}

const IDLE: DocumentUploadState = { phase: 'idle', file: null, progress: null, error: null, document: null };

/** A check by content with the API's limits (`checkFile` from `fileCheck.ts`). */
async function defaultDocumentCheck(file: File): Promise<FileCheckOutcome> {
  const result = await checkFile(file, { maxBytes: MAX_UPLOAD_BYTES, accept: ACCEPTED_TYPES });
  return result.ok ? { ok: true } : { ok: false, code: result.code, message: result.message };
}

/**
 * @example
 * const upload = createDocumentUpload({ api: client, attributeKey: 'passport', onDocument: save });
 * upload.subscribe(() => render(upload.getState()));
 * await upload.start(file);
 */
export function createDocumentUpload(options: DocumentUploadOptions): DocumentUploadController {
  const { api, attributeKey } = options;
  const check = options.check ?? defaultDocumentCheck;
  const prepare = options.prepare ?? prepareUpload;
  const listeners = new Set<() => void>();
  let state: DocumentUploadState = IDLE;
  let run: Run | null = null;
  let controller: AbortController | null = null;

  const set = (patch: Partial<DocumentUploadState>) => {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  };

  const fail = (error: DocumentUploadError) => {
    set({ phase: 'failed', progress: null, error });
    options.onFailure?.(error);
  };

  const abortRunning = () => {
    controller?.abort(new DOMException('The upload was cancelled.', 'AbortError'));
    controller = null;
  };

  async function execute(current: Run): Promise<void> {
    abortRunning();
    const mine = new AbortController();
    controller = mine;
    const signal = mine.signal;
    const live = () => controller === mine && !signal.aborted;
    let stage: 'check' | 'upload' | 'create' = 'check';
    try {
      if (!current.uploaded) {
        if (!current.file) throw new Error('Nothing to upload.');
        set({ phase: 'checking', file: current.file, progress: null, error: null });
        // Downscaled once per run: a retry uploads the same (already smaller) file.
        const file = (current.file = await prepare(current.file));
        if (!live()) return;
        const verdict = await check(file);
        if (!live()) return;
        if (!verdict.ok) {
          run = null;
          fail({ stage: 'check', code: verdict.code, message: verdict.message });
          return;
        }
        stage = 'upload';
        set({ phase: 'uploading', progress: { loaded: 0, total: file.size } });
        const onProgress = (progress: UploadProgress) => {
          if (live()) set({ progress });
        };
        current.uploaded = await api.uploadFiles([file], { onProgress, signal });
        if (!live()) return;
      }
      stage = 'create';
      const fileUuids = current.uploaded.map((uploaded) => uploaded.uuid);
      if (!current.document) {
        set({ phase: 'creating', progress: null, error: null });
        const document = await api.createDocument(attributeKey, fileUuids, { signal });
        if (!live()) return;
        current.document = document;
        set({ document });
        options.onDocument?.(document, current.file);
      }
      if (current.pairedKey && !current.pairedDone) {
        set({ phase: 'creating', progress: null, error: null });
        const paired = await api.createDocument(current.pairedKey, fileUuids, { signal });
        if (!live()) return;
        current.pairedDone = true;
        options.onPairedDocument?.(current.pairedKey, paired);
      }
      set({ phase: 'done', progress: null, error: null });
    } catch (error) {
      if (!live()) return;
      if (stage === 'check') run = null;
      fail(stage === 'check' ? checkFailure(error) : { stage, error });
    } finally {
      if (controller === mine) controller = null;
    }
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start(file, startOptions = {}) {
      run = { file, uploaded: null, document: null, pairedKey: startOptions.pairedKey ?? null, pairedDone: false };
      return execute(run);
    },
    pair(pairedKey, document) {
      run = { file: null, uploaded: document.files, document, pairedKey, pairedDone: false };
      set({ file: state.document?.uuid === document.uuid ? state.file : null, document });
      return execute(run);
    },
    retry() {
      if (state.phase !== 'failed' || !run) return Promise.resolve();
      return execute(run);
    },
    cancel() {
      if (!controller) return;
      abortRunning();
      // Keep the file only when its document was already reported (a cancelled back side).
      const reported = run?.document != null && run.file !== null;
      run = null;
      set({ ...IDLE, document: state.document, file: reported ? state.file : null });
    },
    reset() {
      abortRunning();
      run = null;
      set(IDLE);
    },
  };
}

function checkFailure(error: unknown): DocumentUploadError {
  const message = error instanceof Error ? error.message : 'The file could not be read.';
  return { stage: 'check', code: 'unreadable', message };
}
