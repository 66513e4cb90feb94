/**
 * File type detection by content (magic bytes), never by name or declared type, so a renamed HTML page
 * cannot pass for a picture; and a light look at the file's structure, so a picture that carries a web
 * page or a script besides its pixels (a polyglot) or that is cut short is found. Shared by the widget
 * (to refuse a file before uploading it) and the sandbox (to refuse it the way the server does).
 */

/** The file types the KYC API accepts for documents. */
export type SniffedType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic' | 'application/pdf';

/** The largest file the KYC API accepts: 10 MiB. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const HEIC_BRANDS = ['heic', 'heix', 'mif1', 'hevc'] as const;

/**
 * The type of a file judged from its first bytes, or null when it is none of the accepted types.
 * Sixteen bytes are enough; pass more if you have them.
 */
export function sniffFileType(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 4, 8) === 'ftyp' && (HEIC_BRANDS as readonly string[]).includes(ascii(bytes, 8, 12))) {
    return 'image/heic';
  }
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  return null;
}

/**
 * What is wrong with a file's content beyond its type: `markup` when HTML or script is found outside the
 * picture data (after the picture's end, in its metadata) or outside a PDF's streams; `truncated` when
 * the file does not end the way its format says (no PNG `IEND`, no JPEG end marker, a chunk or box cut
 * short, no `%%EOF` in a PDF's last 1024 bytes). Null when neither.
 */
export type ContentProblem = 'markup' | 'truncated';

/**
 * Markers of a web page or script: tags a browser runs or renders, event handler attributes and
 * `javascript:` links. Long enough that compressed picture data never matches them by chance, and
 * never looked for inside that data (PNG `IDAT`, JPEG scans, WebP frames, HEIC `mdat`, PDF streams).
 */
const MARKUP =
  /<(?:script|html|body|iframe|object|embed|frameset)[\s/>]|<!doctype\s+html|<\?php|javascript:|\bon(?:error|load)\s*=/i;

/** Where a PDF's `%%EOF` must be: within its last bytes (as readers tolerate a little trailing junk). */
const PDF_EOF_WINDOW = 1024;

/** A byte range `[from, to)` of the file. */
type Range = readonly [number, number];

/** A format's walk: the ranges holding opaque (compressed) data, and whether the file ended properly. */
interface Walk {
  opaque: Range[];
  complete: boolean;
}

/**
 * Looks at the structure of a file already sniffed as `type` (pass every byte of it).
 *
 * @example
 * inspectContent(pngBytesWithScriptTail, 'image/png'); // 'markup'
 * inspectContent(jpegCutInHalf, 'image/jpeg'); // 'truncated'
 */
export function inspectContent(bytes: Uint8Array, type: SniffedType): ContentProblem | null {
  const text = new TextDecoder('latin1').decode(bytes); // one character per byte
  const walk = WALKS[type](bytes, text);
  let from = 0;
  for (const [start, end] of [...walk.opaque, [bytes.length, bytes.length] as const]) {
    if (MARKUP.test(text.slice(from, start))) return 'markup';
    from = Math.max(from, end);
  }
  return walk.complete ? null : 'truncated';
}

const WALKS: Record<SniffedType, (bytes: Uint8Array, text: string) => Walk> = {
  'image/png': walkPng,
  'image/jpeg': walkJpeg,
  'image/webp': walkWebp,
  'image/heic': walkHeic,
  'application/pdf': walkPdf,
};

/** PNG: length-prefixed chunks after the signature up to `IEND`; image data in `IDAT` (and APNG `fdAT`). */
function walkPng(bytes: Uint8Array, text: string): Walk {
  const opaque: Range[] = [];
  let at: number = PNG_SIGNATURE.length;
  while (at + 12 <= bytes.length) {
    const length = u32be(bytes, at);
    const kind = text.slice(at + 4, at + 8);
    const end = at + 12 + length;
    if (end > bytes.length) break;
    if (kind === 'IDAT' || kind === 'fdAT') opaque.push([at + 8, at + 8 + length]);
    if (kind === 'IEND') return { opaque, complete: true };
    at = end;
  }
  return { opaque, complete: false };
}

/** JPEG: marker segments up to the end marker (FF D9); after each start of scan, entropy-coded data. */
function walkJpeg(bytes: Uint8Array): Walk {
  const opaque: Range[] = [];
  let at = 2;
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) break;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) return { opaque, complete: true };
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2; // standalone marker
      continue;
    }
    if (at + 4 > bytes.length) break;
    const end = at + 2 + ((bytes[at + 2] ?? 0) << 8) + (bytes[at + 3] ?? 0);
    if (end > bytes.length || end < at + 4) break;
    at = end;
    if (marker === 0xda) {
      const next = nextJpegMarker(bytes, at);
      opaque.push([at, next]);
      at = next;
    }
  }
  return { opaque, complete: false };
}

/** The next marker after entropy-coded data: FF followed by neither 00 (a stuffed byte) nor a restart. */
function nextJpegMarker(bytes: Uint8Array, from: number): number {
  let at = bytes.indexOf(0xff, from);
  while (at !== -1 && at + 1 < bytes.length) {
    const next = bytes[at + 1] ?? 0;
    if (next !== 0x00 && next !== 0xff && (next < 0xd0 || next > 0xd7)) return at;
    at = bytes.indexOf(0xff, at + 1);
  }
  return bytes.length;
}

/** WebP: a RIFF container whose size says where the file ends; frames in `VP8 `, `VP8L`, `ALPH`, `ANMF`. */
function walkWebp(bytes: Uint8Array, text: string): Walk {
  const opaque: Range[] = [];
  const riffEnd = 8 + u32le(bytes, 4);
  if (riffEnd > bytes.length) return { opaque, complete: false };
  let at = 12;
  while (at + 8 <= riffEnd) {
    const kind = text.slice(at, at + 4);
    const size = u32le(bytes, at + 4);
    if (at + 8 + size > riffEnd) return { opaque, complete: false };
    if (['VP8 ', 'VP8L', 'ALPH', 'ANMF'].includes(kind)) opaque.push([at + 8, at + 8 + size]);
    at += 8 + size + (size % 2);
  }
  return { opaque, complete: true };
}

/** HEIC (ISO base media): top-level boxes that must tile the whole file; pictures in `mdat`. */
function walkHeic(bytes: Uint8Array, text: string): Walk {
  const opaque: Range[] = [];
  let at = 0;
  while (at + 8 <= bytes.length) {
    let size = u32be(bytes, at);
    let header = 8;
    if (size === 1) {
      if (at + 16 > bytes.length) break;
      size = u32be(bytes, at + 8) * 2 ** 32 + u32be(bytes, at + 12);
      header = 16;
    } else if (size === 0) size = bytes.length - at; // the last box runs to the end
    if (size < header || at + size > bytes.length) break;
    if (text.slice(at + 4, at + 8) === 'mdat') opaque.push([at + header, at + size]);
    at += size;
  }
  return { opaque, complete: at === bytes.length };
}

/** PDF: `%PDF-` (sniffed), `%%EOF` near the end, and each `stream` … `endstream` opaque. */
function walkPdf(bytes: Uint8Array, text: string): Walk {
  const opaque: Range[] = [];
  const streams = /(?<![A-Za-z])stream\r?\n/g;
  for (let match = streams.exec(text); match; match = streams.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end === -1) return { opaque, complete: false };
    opaque.push([start, end]);
    streams.lastIndex = end + 'endstream'.length;
  }
  const eof = text.lastIndexOf('%%EOF');
  return { opaque, complete: eof !== -1 && eof >= bytes.length - PDF_EOF_WINDOW };
}

function u32be(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0
  );
}

function u32le(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at + 3] ?? 0) << 24) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 1] ?? 0) << 8) | (bytes[at] ?? 0)) >>> 0
  );
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Bytes `from`..`to` as ASCII, or '' when the file is shorter. */
function ascii(bytes: Uint8Array, from: number, to: number): string {
  if (bytes.length < to) return '';
  return String.fromCharCode(...bytes.subarray(from, to));
}
