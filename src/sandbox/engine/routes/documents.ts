/** `POST /v1/documents/files/` (multipart upload) and `POST /v1/documents/` (a document from files). */
import type { UploadedFile } from '../../../core/schemas';
import type { RouteHandler } from '../router';
import type { FileRecord } from '../state';
import { DOCUMENT_KEYS } from '../../../core/schemas';
import { requireClient } from '../access';
import { detail, fieldError, json, readObject, REQUIRED } from '../drf';
import { sniffUpload } from '../sniffUpload';
import { documentBody } from '../state';

/** The most files one document may hold. */
const MAX_FILES_PER_DOCUMENT = 10;

export const uploadFiles: RouteHandler = async ({ ctx, request, url }) => {
  const access = requireClient(ctx, url);
  if (!access.ok) return access.response;
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    return detail(415, `Unsupported media type "${contentType.split(';')[0] ?? ''}" in request.`);
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return fieldError('files', 'The multipart body could not be read.');
  }
  const parts = form.getAll('files');
  if (parts.length === 0) return fieldError('files', 'No file was submitted.');
  const records: FileRecord[] = [];
  for (const part of parts) {
    if (typeof part === 'string') return fieldError('files', 'The submitted data was not a file.');
    const name = part.name || 'file';
    // Judged by its bytes: refused when empty, too large, not an accepted type, cut short, or carrying
    // HTML or script besides its content (nothing of the request is stored then).
    const bytes = new Uint8Array(await part.arrayBuffer());
    const sniffed = sniffUpload(name, bytes);
    if (!sniffed.ok) return fieldError('files', sniffed.message);
    records.push({
      uuid: ctx.random.uuid(),
      clientKey: access.value.key,
      name,
      size: bytes.byteLength,
      contentType: sniffed.type,
      bytes,
    });
  }
  for (const record of records) ctx.state.files.set(record.uuid, record);
  const body: UploadedFile[] = records.map((file) => ({
    uuid: file.uuid,
    name: file.name,
    size: file.size,
    content_type: file.contentType,
  }));
  return json(201, body);
};

export const createDocument: RouteHandler = async ({ ctx, request, url }) => {
  const access = requireClient(ctx, url);
  if (!access.ok) return access.response;
  const body = await readObject(request);
  if (!body.ok) return body.response;
  const { attribute_key: key, files } = body.body;
  const errors: Record<string, string[]> = {};
  if (key === undefined || key === null || key === '') errors.attribute_key = [REQUIRED];
  else if (typeof key !== 'string' || !(DOCUMENT_KEYS as readonly string[]).includes(key)) {
    errors.attribute_key = [`"${String(key)}" is not a valid choice.`];
  }
  const fileError = checkFiles(
    files,
    (uuid) => ctx.state.files.get(uuid.toLowerCase())?.clientKey === access.value.key,
  );
  if (fileError) errors.files = [fileError];
  if (Object.keys(errors).length > 0 || typeof key !== 'string' || !Array.isArray(files)) return json(400, errors);
  const record = {
    uuid: ctx.random.uuid(),
    clientKey: access.value.key,
    attributeKey: key,
    fileUuids: files.map((uuid) => String(uuid).toLowerCase()),
  };
  ctx.state.documents.set(record.uuid, record);
  return json(201, documentBody(ctx, record));
};

function checkFiles(files: unknown, isOwnFile: (uuid: string) => boolean): string | null {
  if (files === undefined || files === null) return REQUIRED;
  if (!Array.isArray(files)) return 'Expected a list of file UUIDs.';
  if (files.length === 0) return 'This list may not be empty.';
  if (files.length > MAX_FILES_PER_DOCUMENT)
    return `Ensure this list has no more than ${MAX_FILES_PER_DOCUMENT} files.`;
  for (const uuid of files) {
    if (typeof uuid !== 'string' || !isOwnFile(uuid)) return `Invalid pk "${String(uuid)}" - object does not exist.`;
  }
  return null;
}
