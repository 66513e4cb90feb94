import { MAX_UPLOAD_BYTES, sniffFileType } from './fileType';

const bytes = (...values: (number | string)[]): Uint8Array =>
  Uint8Array.from(
    values.flatMap((value) => (typeof value === 'string' ? [...value].map((c) => c.charCodeAt(0)) : [value])),
  );

describe('sniffFileType', () => {
  it('recognises a JPEG by FF D8 FF', () => {
    expect(sniffFileType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF'))).toBe('image/jpeg');
  });

  it('recognises a PNG by its eight-byte signature', () => {
    expect(sniffFileType(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'IHDR'))).toBe('image/png');
  });

  it('refuses a PNG signature cut short', () => {
    expect(sniffFileType(bytes(0x89, 'PNG', 0x0d, 0x0a))).toBeNull();
  });

  it('recognises a WebP by RIFF....WEBP', () => {
    expect(sniffFileType(bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 '))).toBe('image/webp');
  });

  it('refuses a RIFF file that is not WebP (a WAV)', () => {
    expect(sniffFileType(bytes('RIFF', 0x24, 0, 0, 0, 'WAVEfmt '))).toBeNull();
  });

  it.each(['heic', 'heix', 'mif1', 'hevc'])('recognises a HEIC with the %s brand', (brand) => {
    expect(sniffFileType(bytes(0, 0, 0, 0x18, 'ftyp', brand, 0, 0, 0, 0))).toBe('image/heic');
  });

  it('refuses an MP4 (ftyp with another brand)', () => {
    expect(sniffFileType(bytes(0, 0, 0, 0x18, 'ftypisom', 0, 0, 2, 0))).toBeNull();
  });

  it('recognises a PDF by %PDF-', () => {
    expect(sniffFileType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('refuses an HTML page whatever its name', () => {
    expect(sniffFileType(new TextEncoder().encode('<!doctype html><html></html>'))).toBeNull();
  });

  it('refuses an empty file', () => {
    expect(sniffFileType(new Uint8Array())).toBeNull();
  });

  it('sets the upload limit at 10 MiB', () => {
    expect(MAX_UPLOAD_BYTES).toBe(10_485_760);
  });
});
