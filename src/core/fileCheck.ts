/**
 * Checks a file the client picked before it is uploaded, by its content (not its name), and says in
 * plain words what is wrong with it.
 */
import type { SniffedType } from './fileType';
import { inspectContent, MAX_UPLOAD_BYTES, sniffFileType } from './fileType';

/** Every type the API accepts, the default of `accept`. */
export const ACCEPTED_TYPES: readonly SniffedType[] = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'application/pdf',
];

/**
 * Why a file is refused: `hidden_content` when it carries a web page or a script besides its picture (or
 * outside a PDF's content), `damaged` when it is cut short or its structure is broken.
 */
export type FileProblem = 'empty' | 'too_large' | 'unsupported_type' | 'mismatch' | 'hidden_content' | 'damaged';

/** The outcome of {@link checkFile}. */
export type FileCheckResult = { ok: true; type: SniffedType } | { ok: false; code: FileProblem; message: string };

/** Options of {@link checkFile}. */
export interface FileCheckOptions {
  /** Largest accepted size in bytes. Default `MAX_UPLOAD_BYTES` (10 MiB). */
  maxBytes?: number;
  /** Accepted types. Default: JPEG, PNG, WebP, HEIC pictures and PDF. */
  accept?: readonly SniffedType[];
}

const LABELS: Record<SniffedType, string> = {
  'image/jpeg': 'a JPEG picture',
  'image/png': 'a PNG picture',
  'image/webp': 'a WebP picture',
  'image/heic': 'a HEIC picture',
  'application/pdf': 'a PDF',
};

const MB = 1024 * 1024;

/**
 * Checks, in this order: the file is not empty; its content is an accepted type (judged from its
 * first bytes); its name or declared type does not claim a PDF for a picture or a picture for a PDF
 * (`mismatch`, the upload would be stored under the wrong kind); it is not larger than `maxBytes`;
 * then, reading it whole, its structure (`inspectContent` in `fileType.ts`): no web page or script
 * after the picture's end, in its metadata or outside a PDF's streams (`hidden_content`), and not cut
 * short (`damaged`). Whether a picture really decodes is for the browser to say (`prepareUpload`).
 * A picture named with another picture extension (a PNG called `.jpg`) is accepted: `type` is what
 * the content really is, so the upload can use it.
 *
 * @example
 * const result = await checkFile(input.files[0]);
 * if (!result.ok) showError(result.message); // "“scan.jpg” is 25.0 MB; the limit is 10 MB."
 */
export async function checkFile(
  file: Blob & { name: string },
  options: FileCheckOptions = {},
): Promise<FileCheckResult> {
  const { maxBytes = MAX_UPLOAD_BYTES, accept = ACCEPTED_TYPES } = options;
  const name = `“${file.name}”`;
  if (file.size === 0) return { ok: false, code: 'empty', message: `${name} is empty. Choose another file.` };

  const bytes = new Uint8Array(await file.slice(0, 32).arrayBuffer());
  const type = sniffFileType(bytes);
  const wanted = describeAccepted(accept);

  if (type === null) {
    const looks = describeContent(bytes);
    const detail = looks ? `: its content looks like ${looks}` : '';
    return { ok: false, code: 'unsupported_type', message: `${name} is not ${wanted}${detail}.` };
  }
  if (!accept.includes(type)) {
    return {
      ok: false,
      code: 'unsupported_type',
      message: `${name} is ${LABELS[type]}; this question takes ${wanted}.`,
    };
  }
  const claimed = claimedFamily(file);
  if (claimed !== null && claimed !== family(type)) {
    const said = claimed === 'pdf' ? 'a PDF' : 'a picture';
    return {
      ok: false,
      code: 'mismatch',
      message: `${name} is named as ${said} but its content is ${LABELS[type]}. Save it again with the right file type.`,
    };
  }
  if (file.size > maxBytes) {
    return {
      ok: false,
      code: 'too_large',
      message: `${name} is ${formatSize(file.size, true)}; the limit is ${formatSize(maxBytes, false)}.`,
    };
  }
  const problem = inspectContent(new Uint8Array(await file.arrayBuffer()), type);
  if (problem === 'markup') {
    const what = family(type) === 'pdf' ? 'web page code outside its content' : 'web page code besides the picture';
    return {
      ok: false,
      code: 'hidden_content',
      message: `${name} carries ${what}, so it cannot be accepted. Choose the original file or take a new photo.`,
    };
  }
  if (problem === 'truncated') {
    return {
      ok: false,
      code: 'damaged',
      message: `${name} is damaged or incomplete. Choose another file or take a new photo.`,
    };
  }
  return { ok: true, type };
}

function family(type: SniffedType): 'pdf' | 'image' {
  return type === 'application/pdf' ? 'pdf' : 'image';
}

/** What the name's extension or the declared MIME type claims, or null when it claims nothing known. */
function claimedFamily(file: Blob & { name: string }): 'pdf' | 'image' | null {
  const declared = file.type.toLowerCase();
  if (declared === 'application/pdf') return 'pdf';
  if (declared.startsWith('image/')) return 'image';
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (extension === 'pdf') return 'pdf';
  if (extension && ['jpg', 'jpeg', 'jfif', 'png', 'webp', 'heic', 'heif'].includes(extension)) return 'image';
  return null;
}

/** "a picture", "a PDF", "a picture or a PDF", or the single type's label. */
function describeAccepted(accept: readonly SniffedType[]): string {
  const images = accept.filter((type) => family(type) === 'image');
  const pdf = accept.includes('application/pdf');
  const picture = images.length === 1 && images[0] ? LABELS[images[0]] : 'a picture';
  if (images.length > 0 && pdf) return `${picture} or a PDF`;
  if (images.length > 0) return picture;
  return pdf ? 'a PDF' : 'an accepted file';
}

const SIGNATURES: readonly [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive or an Office document'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x42, 0x4d], 'a BMP image'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
];

/** A short description of what the bytes look like, when we can tell. */
function describeContent(bytes: Uint8Array): string | undefined {
  for (const [signature, label] of SIGNATURES) {
    if (signature.every((byte, index) => bytes[index] === byte)) return label;
  }
  const text = decodeText(bytes);
  if (text === undefined) return undefined;
  const start = text.trimStart().toLowerCase();
  if (start.startsWith('<')) return 'a web page';
  return start === '' ? undefined : 'plain text';
}

/** The bytes as text when they look like UTF-8/ASCII text (BOM skipped), otherwise undefined. */
function decodeText(bytes: Uint8Array): string | undefined {
  let view = bytes;
  if (view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf) view = view.subarray(3);
  let text: string;
  try {
    // The 32-byte sample may cut a multi-byte character; drop a broken tail only.
    text = new TextDecoder('utf-8', { fatal: true }).decode(trimBrokenTail(view));
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000e-\u001f\u007f]/.test(text) ? undefined : text;
}

/** Drops the last character when it is a multi-byte one (it may be cut by the sample's end). */
function trimBrokenTail(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > bytes.length - 3 && end > 0 && ((bytes[end - 1] ?? 0) & 0xc0) === 0x80) end -= 1;
  const lead = bytes[end - 1] ?? 0;
  return lead >= 0xc0 ? bytes.subarray(0, end - 1) : bytes;
}

/** `25.0 MB`, `512 KB`, `300 bytes`; unless `precise`, a trailing `.0` is dropped (limits: "10 MB"). */
function formatSize(bytes: number, precise: boolean): string {
  if (bytes >= MB) {
    const value = (bytes / MB).toFixed(1);
    return `${precise ? value : value.replace(/\.0$/, '')} MB`;
  }
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
