/**
 * Photos are downscaled in the browser before upload (real Chromium, the bench page built from the
 * sources, the sandbox's HTTP server behind a same-origin proxy that sees the bytes on the wire).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seed } from '../../bench/support/browser';
import { removeBenchPage, startBenchServer, type BenchServer } from '../../bench/support/benchServer';

let browser: Browser;
let server: BenchServer;
let page: Page;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startBenchServer()]);
  page = await browser.newPage();
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await removeBenchPage();
});

describe('downscaleImage', () => {
  it('given a 12-megapixel phone photo / should become a 2000×1500 JPEG with the same name and far fewer bytes', async () => {
    const out = await page.evaluate(() => window.bench.downscale({ width: 4000, height: 3000 }));
    expect(out.size).toEqual({ width: 2000, height: 1500 });
    expect(out.type).toBe('image/jpeg');
    expect(out.name).toBe(out.inName);
    expect(out.outBytes).toBeLessThan(out.inBytes / 4);
  });

  it('given a photo whose EXIF says "rotate 90°" / should come out upright (portrait), at most 2000 px', async () => {
    const out = await page.evaluate(() => window.bench.downscale({ width: 4000, height: 3000, orientation: 6 }));
    expect(out.size).toEqual({ width: 1500, height: 2000 });
  });

  it('given a photo already at most 2000 px / should send the very same file (never upscaled, never re-encoded)', async () => {
    const out = await page.evaluate(() => window.bench.downscale({ width: 2000, height: 1200 }));
    expect(out.same).toBe(true);
    expect(out.size).toEqual({ width: 2000, height: 1200 });
  });

  it('given a PDF / should send it as it is', async () => {
    const out = await page.evaluate(() => window.bench.downscale({ width: 0, height: 0, pdf: true }));
    expect(out.same).toBe(true);
    expect(out.type).toBe('application/pdf');
  });
});

describe('document upload', () => {
  async function uploadAndCapture(kind: 'photo' | 'pdf') {
    const ids = await seed(server.url, 'draft');
    server.received.length = 0;
    const result = await page.evaluate((p) => window.bench.upload(p), {
      legalEntityUuid: ids.legalEntityUuid,
      clientUuid: ids.clientUuid,
      kind,
    });
    const sent = server.received.find((r) => r.method === 'POST' && r.path === '/v1/documents/files/');
    return { result, sent, part: /filename="([^"]*)"\r\nContent-Type: ([^\r]*)/i.exec(sent?.head ?? '') };
  }

  it('given a 12-megapixel photo / should upload the downscaled JPEG under the picked name and create the document', async () => {
    const { result, sent, part } = await uploadAndCapture('photo');
    expect(result.phase).toBe('done');
    expect(part?.[1]).toBe('IMG_0001.jpg');
    expect(part?.[2]).toBe('image/jpeg');
    expect(sent?.bytes).toBeLessThan(result.originalBytes / 4);
  });

  it('given a PDF / should upload its bytes unchanged', async () => {
    const { result, sent, part } = await uploadAndCapture('pdf');
    expect(result.phase).toBe('done');
    expect(part?.[2]).toBe('application/pdf');
    expect(sent?.bytes).toBeGreaterThan(result.originalBytes);
    expect(sent?.bytes).toBeLessThan(result.originalBytes + 400); // the file plus multipart headers
  });
});
