import {
  concat,
  HTML_TAIL,
  jpegWithComment,
  pngWithChunk,
  SCRIPT_TAIL,
  tinyHeic,
  tinyJpeg,
  tinyPdf,
  tinyPng,
  tinyWebp,
} from '../../test/support/polyglots';
import { inspectContent, MAX_UPLOAD_BYTES, sniffFileType, type SniffedType } from './fileType';

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

describe('inspectContent', () => {
  const genuine: [SniffedType, () => Uint8Array][] = [
    ['image/png', tinyPng],
    ['image/jpeg', tinyJpeg],
    ['image/webp', tinyWebp],
    ['image/heic', () => tinyHeic()],
    ['application/pdf', () => tinyPdf()],
  ];

  it.each(genuine)('finds nothing wrong with a genuine %s', (type, make) => {
    expect(sniffFileType(make())).toBe(type);
    expect(inspectContent(make(), type)).toBeNull();
  });

  it.each(genuine)('finds a script after the end of a %s', (type, make) => {
    expect(inspectContent(concat(make(), SCRIPT_TAIL), type)).toBe('markup');
  });

  it.each(genuine)('finds a web page after the end of a %s, behind other bytes', (type, make) => {
    expect(inspectContent(concat(make(), new Uint8Array([0, 0xff, 7]), HTML_TAIL), type)).toBe('markup');
  });

  it('finds markup in any letter case and in each form it is looked for', () => {
    for (const tail of [
      '<SCRIPT src=//evil.example/x.js>',
      '<iframe/src=x>',
      '<svg onload =alert(1)>',
      '<?php system($_GET[0]);',
    ]) {
      expect(inspectContent(concat(tinyPng(), tail), 'image/png'), tail).toBe('markup');
    }
    expect(inspectContent(concat(tinyJpeg(), '<a href="javascript:alert(1)">x</a>'), 'image/jpeg')).toBe('markup');
  });

  it("finds a script in a PNG's text chunk and in a JPEG's comment", () => {
    expect(inspectContent(pngWithChunk(tinyPng(), 'tEXt', `Comment\0${SCRIPT_TAIL}`), 'image/png')).toBe('markup');
    expect(inspectContent(jpegWithComment(tinyJpeg(), HTML_TAIL), 'image/jpeg')).toBe('markup');
  });

  it('leaves harmless data after the picture alone (a phone appends its own data; re-encoding drops it)', () => {
    expect(
      inspectContent(concat(tinyJpeg(), 'MotionPhoto_Data', new Uint8Array(64).fill(0x5a)), 'image/jpeg'),
    ).toBeNull();
    expect(inspectContent(pngWithChunk(tinyPng(), 'tEXt', 'Software\0Camera <v2>'), 'image/png')).toBeNull();
  });

  it('never looks for markup inside picture data or a PDF stream, where any bytes may occur', () => {
    expect(inspectContent(tinyHeic(concat('<html><script>')), 'image/heic')).toBeNull();
    expect(inspectContent(tinyPdf(`BT (${HTML_TAIL}) Tj ET`), 'application/pdf')).toBeNull();
  });

  it('finds a script outside the streams of a PDF, even before its %%EOF', () => {
    expect(inspectContent(tinyPdf(undefined, `${SCRIPT_TAIL}\n%%EOF\n`), 'application/pdf')).toBe('markup');
  });

  it('finds a PDF without %%EOF near its end truncated', () => {
    expect(inspectContent(tinyPdf(undefined, ''), 'application/pdf')).toBe('truncated');
    const cut = tinyPdf();
    expect(inspectContent(cut.subarray(0, cut.length - 40), 'application/pdf')).toBe('truncated');
    expect(inspectContent(concat(tinyPdf(), new Uint8Array(2000)), 'application/pdf')).toBe('truncated');
  });

  it.each(genuine.filter(([type]) => type !== 'application/pdf'))('finds a %s cut short truncated', (type, make) => {
    const whole = make();
    expect(inspectContent(whole.subarray(0, whole.length - 3), type)).toBe('truncated');
  });

  it('finds a JPEG cut in its picture data truncated, and one that is only a header', () => {
    const jpeg = tinyJpeg();
    expect(inspectContent(jpeg.subarray(0, jpeg.length - 8), 'image/jpeg')).toBe('truncated');
    expect(inspectContent(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), 'image/jpeg')).toBe('truncated');
  });

  it('calls a file that only starts like a picture and goes on as a web page markup', () => {
    expect(inspectContent(concat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), HTML_TAIL), 'image/jpeg')).toBe('markup');
  });
});
