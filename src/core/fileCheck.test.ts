import { describe, expect, it } from 'vitest';
import { concat, HTML_TAIL, SCRIPT_TAIL, tinyJpeg, tinyPdf, tinyPng } from '../../test/support/polyglots';
import { checkFile } from './fileCheck';

const JPEG = [...tinyJpeg()];
const PNG = [...tinyPng()];
const PDF = [...tinyPdf()];
const MB = 1024 * 1024;

/**
 * A file of `content`; `padTo` makes it that large, padding a picture inside its last chunk or segment
 * (a JPEG's picture data, a PNG's ancillary chunk) so that it stays whole.
 */
function file(name: string, content: number[] | string, options: { type?: string; padTo?: number } = {}): File {
  const head = typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);
  const pad = options.padTo && options.padTo > head.length ? options.padTo - head.length : 0;
  const parts: BlobPart[] = pad > 0 ? padded(head, pad) : [head];
  return new File(parts, name, { type: options.type ?? '' });
}

/** `bytes` with `pad` zero bytes inserted where the format allows them: before a JPEG's end marker, or in a PNG chunk. */
function padded(bytes: Uint8Array<ArrayBuffer>, pad: number): BlobPart[] {
  if (bytes[0] === 0xff) return [bytes.subarray(0, -2), new Uint8Array(pad), bytes.subarray(-2)];
  if (bytes[0] === 0x89) {
    const data = pad - 12;
    const header = new Uint8Array([
      data >>> 24,
      (data >>> 16) & 0xff,
      (data >>> 8) & 0xff,
      data & 0xff,
      0x7a,
      0x7a,
      0x7a,
      0x7a,
    ]);
    return [bytes.subarray(0, 8), header, new Uint8Array(data + 4), bytes.subarray(8)];
  }
  return [bytes, new Uint8Array(pad)];
}

describe('checkFile', () => {
  it('should accept a JPEG, a PNG and a PDF and report the type found in the content', async () => {
    await expect(checkFile(file('photo.jpg', JPEG, { type: 'image/jpeg' }))).resolves.toEqual({
      ok: true,
      type: 'image/jpeg',
    });
    await expect(checkFile(file('scan.png', PNG))).resolves.toEqual({ ok: true, type: 'image/png' });
    await expect(checkFile(file('statement.pdf', PDF, { type: 'application/pdf' }))).resolves.toEqual({
      ok: true,
      type: 'application/pdf',
    });
  });

  it('should refuse an empty file', async () => {
    await expect(checkFile(file('x.jpg', []))).resolves.toEqual({
      ok: false,
      code: 'empty',
      message: '“x.jpg” is empty. Choose another file.',
    });
  });

  it('should refuse a file over the limit with both sizes in the message', async () => {
    const result = await checkFile(file('x.jpg', JPEG, { padTo: 25 * MB }));
    expect(result).toEqual({ ok: false, code: 'too_large', message: '“x.jpg” is 25.0 MB; the limit is 10 MB.' });
  });

  it('should accept a file of exactly the limit and honour a custom limit', async () => {
    await expect(checkFile(file('x.jpg', JPEG, { padTo: 10 * MB }))).resolves.toMatchObject({ ok: true });
    const result = await checkFile(file('x.png', PNG, { padTo: 3 * MB }), { maxBytes: 2.5 * MB });
    expect(result).toMatchObject({ ok: false, code: 'too_large', message: '“x.png” is 3.0 MB; the limit is 2.5 MB.' });
  });

  it('should say a web page renamed to .jpg looks like a web page', async () => {
    const result = await checkFile(file('x.jpg', '<!DOCTYPE html><html><head><title>Error', { type: 'image/jpeg' }));
    expect(result).toEqual({
      ok: false,
      code: 'unsupported_type',
      message: '“x.jpg” is not a picture or a PDF: its content looks like a web page.',
    });
  });

  it('should say an SVG looks like a web page, even behind a byte order mark and blank lines', async () => {
    const result = await checkFile(
      file('logo.png', [0xef, 0xbb, 0xbf, ...new TextEncoder().encode('\n  <svg xmlns="http://www.w3.org/2000/svg">')]),
    );
    expect(result).toMatchObject({
      code: 'unsupported_type',
      message: '“logo.png” is not a picture or a PDF: its content looks like a web page.',
    });
  });

  it('should say a text file looks like plain text, even when the sample cuts a character', async () => {
    // Byte 32 falls inside the "ö".
    const result = await checkFile(file('notes.pdf', 'My address is Main Street 12, Köln'));
    expect(result).toMatchObject({
      code: 'unsupported_type',
      message: '“notes.pdf” is not a picture or a PDF: its content looks like plain text.',
    });
  });

  it('should name a few well-known formats', async () => {
    await expect(checkFile(file('id.docx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).resolves.toMatchObject({
      message: '“id.docx” is not a picture or a PDF: its content looks like a ZIP archive or an Office document.',
    });
    await expect(checkFile(file('id.gif', 'GIF89a\u0001\u0000'))).resolves.toMatchObject({
      message: '“id.gif” is not a picture or a PDF: its content looks like a GIF image.',
    });
  });

  it('should refuse unknown binary content without guessing what it is', async () => {
    const result = await checkFile(file('blob.bin', [0x00, 0x01, 0x02, 0x9f, 0xff, 0x10]));
    expect(result).toEqual({ ok: false, code: 'unsupported_type', message: '“blob.bin” is not a picture or a PDF.' });
  });

  it('should refuse a PDF where only pictures are accepted, saying what it is', async () => {
    const result = await checkFile(file('selfie.pdf', PDF), { accept: ['image/jpeg', 'image/png'] });
    expect(result).toEqual({
      ok: false,
      code: 'unsupported_type',
      message: '“selfie.pdf” is a PDF; this question takes a picture.',
    });
  });

  it('should name the single accepted type', async () => {
    const result = await checkFile(file('x.png', PNG), { accept: ['image/jpeg'] });
    expect(result).toMatchObject({ message: '“x.png” is a PNG picture; this question takes a JPEG picture.' });
  });

  it('should refuse a picture named as a PDF, and a PDF named as a picture', async () => {
    await expect(checkFile(file('statement.pdf', JPEG))).resolves.toEqual({
      ok: false,
      code: 'mismatch',
      message:
        '“statement.pdf” is named as a PDF but its content is a JPEG picture. Save it again with the right file type.',
    });
    await expect(checkFile(file('scan', PDF, { type: 'image/png' }))).resolves.toMatchObject({ code: 'mismatch' });
  });

  it('should accept a picture named with another picture extension, reporting the real type', async () => {
    await expect(checkFile(file('photo.jpg', PNG, { type: 'image/jpeg' }))).resolves.toEqual({
      ok: true,
      type: 'image/png',
    });
  });

  it('should judge a file over the limit from its first bytes only, never reading it whole', async () => {
    const big = file('x.jpg', JPEG, { padTo: 25 * MB });
    let sliced: [number | undefined, number | undefined] | undefined;
    let readWhole = false;
    const spy = Object.assign(big, {
      slice(start?: number, end?: number) {
        sliced = [start, end];
        return Blob.prototype.slice.call(big, start, end);
      },
      arrayBuffer() {
        readWhole = true;
        return Blob.prototype.arrayBuffer.call(big);
      },
    });
    await expect(checkFile(spy)).resolves.toMatchObject({ code: 'too_large' });
    expect(sliced).toEqual([0, 32]);
    expect(readWhole).toBe(false);
  });
});

describe('checkFile by structure', () => {
  it('should refuse a PNG with a script after its end, in words that say why', async () => {
    const result = await checkFile(file('passport.png', [...concat(tinyPng(), SCRIPT_TAIL)], { type: 'image/png' }));
    expect(result).toEqual({
      ok: false,
      code: 'hidden_content',
      message:
        '“passport.png” carries web page code besides the picture, so it cannot be accepted. Choose the original file or take a new photo.',
    });
  });

  it('should refuse a JPEG with a web page after its end', async () => {
    const result = await checkFile(file('id.jpg', [...concat(tinyJpeg(), HTML_TAIL)], { type: 'image/jpeg' }));
    expect(result).toMatchObject({ ok: false, code: 'hidden_content' });
  });

  it('should refuse a PDF with a script outside its streams, saying so for a PDF', async () => {
    const result = await checkFile(file('bill.pdf', [...tinyPdf(undefined, `${SCRIPT_TAIL}\n%%EOF\n`)]));
    expect(result).toMatchObject({
      code: 'hidden_content',
      message:
        '“bill.pdf” carries web page code outside its content, so it cannot be accepted. Choose the original file or take a new photo.',
    });
  });

  it('should refuse a JPEG cut short and a PDF without its end as damaged', async () => {
    const jpeg = tinyJpeg();
    await expect(checkFile(file('id.jpg', [...jpeg.subarray(0, jpeg.length - 20)]))).resolves.toEqual({
      ok: false,
      code: 'damaged',
      message: '“id.jpg” is damaged or incomplete. Choose another file or take a new photo.',
    });
    await expect(checkFile(file('bill.pdf', [...tinyPdf(undefined, '')]))).resolves.toMatchObject({ code: 'damaged' });
  });

  it('should accept a large genuine picture (read whole) up to the limit', async () => {
    await expect(checkFile(file('scan.png', PNG, { padTo: 6 * MB }))).resolves.toEqual({ ok: true, type: 'image/png' });
  });
});
