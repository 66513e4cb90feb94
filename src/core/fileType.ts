/**
 * File type detection by content (magic bytes), never by name or declared type, so a renamed HTML page
 * cannot pass for a picture. Shared by the widget (to refuse a file before uploading it) and the sandbox
 * (to refuse it the way the server does).
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

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Bytes `from`..`to` as ASCII, or '' when the file is shorter. */
function ascii(bytes: Uint8Array, from: number, to: number): string {
  if (bytes.length < to) return '';
  return String.fromCharCode(...bytes.subarray(from, to));
}
