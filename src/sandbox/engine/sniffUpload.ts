/**
 * The upload route's check of one submitted file, as a careful server makes it: by its bytes, never by
 * its name or declared type. A file must be one of the accepted types, whole (a PNG up to `IEND`, a JPEG
 * up to its end marker, a PDF with its `%%EOF`) and carry no HTML or script after its picture data, in
 * its metadata or outside a PDF's streams (the same rules as the widget: `core/fileType.ts`). The
 * refusal is the DRF message for the `files` field.
 */
import { inspectContent, MAX_UPLOAD_BYTES, sniffFileType, type SniffedType } from '../../core/fileType';

/** What the check found: the file's real type, or why it is refused. */
export type SniffedUpload = { ok: true; type: SniffedType } | { ok: false; message: string };

/**
 * @example
 * const sniffed = sniffUpload(part.name, new Uint8Array(await part.arrayBuffer()));
 * if (!sniffed.ok) return fieldError('files', sniffed.message);
 */
export function sniffUpload(name: string, bytes: Uint8Array): SniffedUpload {
  const file = `The file "${name}"`;
  if (bytes.length === 0) return { ok: false, message: `${file} is empty.` };
  if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, message: `${file} is larger than 10 MB.` };
  const type = sniffFileType(bytes);
  if (!type) return { ok: false, message: `${file} is not a JPEG, PNG, WebP, HEIC or PDF file.` };
  const problem = inspectContent(bytes, type);
  if (problem === 'markup') {
    const where = type === 'application/pdf' ? 'outside its streams' : 'besides its picture data';
    return { ok: false, message: `${file} contains HTML or script ${where}.` };
  }
  if (problem === 'truncated') return { ok: false, message: `${file} is damaged or incomplete.` };
  return { ok: true, type };
}
