/** The document field's answer: telling a document apart from other values, and two documents of the same files. */
import type { KycDocument } from '../../core/schemas';

/** Whether an answer is a document (the attribute may hold anything the server sent). */
export function isDocument(value: unknown): value is KycDocument {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as KycDocument).uuid === 'string' &&
    Array.isArray((value as KycDocument).files)
  );
}

/** Whether `b` is a document of the same uploaded files as `a` (the back side answered with the front's picture). */
export function sameFiles(a: KycDocument, b: KycDocument | null | undefined): boolean {
  if (!isDocument(b) || a.files.length === 0) return false;
  const uuids = (doc: KycDocument) =>
    doc.files
      .map((file) => file.uuid)
      .sort()
      .join(',');
  return uuids(a) === uuids(b);
}
