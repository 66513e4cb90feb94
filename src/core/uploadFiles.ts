/**
 * `POST /v1/documents/files/`, step one of a document: the files as multipart form data, with progress
 * reported where the browser can (XMLHttpRequest), and more time than other calls get.
 */
import type { UploadOptions } from './clientOptions';
import type { createTransport, QueryValue } from './http';
import { UploadedFilesSchema, type UploadedFile } from './schemas';
import { canReportUploadProgress, createProgressFetch } from './upload';

type Transport = Pick<ReturnType<typeof createTransport>, 'request'>;

/** An upload may take at least this long (the client's timeout when that is longer). */
const MIN_UPLOAD_TIMEOUT_MS = 120_000;

export interface UploadContext {
  /** The query every call of the client carries. */
  query: Record<string, QueryValue>;
  /** The client's timeout, if set. */
  timeoutMs: number | undefined;
  /** The client was given its own `fetch`: progress is then not reported through XMLHttpRequest. */
  ownFetch: boolean;
}

export function uploadFiles(
  transport: Transport,
  files: readonly Blob[],
  call: UploadOptions,
  context: UploadContext,
): Promise<UploadedFile[]> {
  const body = new FormData();
  for (const file of files) body.append('files', file, file instanceof File ? file.name : 'upload');
  const progress = call.onProgress;
  const viaXhr = progress && !context.ownFetch && canReportUploadProgress();
  const total = files.reduce((sum, file) => sum + file.size, 0);
  progress?.({ loaded: 0, total });
  const sent = transport.request(
    {
      method: 'POST',
      path: '/v1/documents/files/',
      endpoint: 'POST /v1/documents/files/',
      query: context.query,
      body,
      schema: UploadedFilesSchema,
      fetch: viaXhr ? createProgressFetch(progress) : undefined,
    },
    {
      timeoutMs: call.timeoutMs ?? Math.max(context.timeoutMs ?? 20_000, MIN_UPLOAD_TIMEOUT_MS),
      signal: call.signal,
    },
  );
  return sent.then((uploaded) => {
    progress?.({ loaded: total, total });
    return uploaded;
  });
}
