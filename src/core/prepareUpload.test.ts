// What the widget does with a picked file before its upload's check: a refused file goes on unchanged
// (so the check names its problem), a genuine picture is decoded and re-encoded (drawing is tested in
// Chromium: test/e2e/hostile.test.ts, test/e2e/imageDownscale.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { concat, SCRIPT_TAIL, tinyJpeg, tinyPdf, tinyPng } from '../../test/support/polyglots';
import { checkFile } from './fileCheck';
import { ImageDecodeError } from './imageDownscale';
import { prepareUpload } from './prepareUpload';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('prepareUpload', () => {
  it('given a PNG with a script after its end / should not re-encode it away: the check then refuses it', async () => {
    const decode = vi.fn();
    vi.stubGlobal('createImageBitmap', decode);
    vi.stubGlobal('OffscreenCanvas', class {});
    const polyglot = new File([concat(tinyPng(), SCRIPT_TAIL)], 'passport.png', { type: 'image/png' });
    const prepared = await prepareUpload(polyglot);
    expect(prepared).toBe(polyglot);
    expect(decode).not.toHaveBeenCalled();
    await expect(checkFile(prepared)).resolves.toMatchObject({ ok: false, code: 'hidden_content' });
  });

  it('given a genuine picture the browser cannot decode / should throw, so the upload is refused', async () => {
    vi.stubGlobal('createImageBitmap', vi.fn().mockRejectedValue(new DOMException('bad', 'InvalidStateError')));
    vi.stubGlobal('OffscreenCanvas', class {});
    const jpeg = new File([tinyJpeg()], 'id.jpg', { type: 'image/jpeg' });
    await expect(prepareUpload(jpeg)).rejects.toBeInstanceOf(ImageDecodeError);
  });

  it('given a genuine picture / should decode it (to draw it again)', async () => {
    const decode = vi.fn().mockRejectedValue(new Error('stop here'));
    vi.stubGlobal('createImageBitmap', decode);
    vi.stubGlobal('OffscreenCanvas', class {});
    const png = new File([tinyPng()], 'scan.png', { type: 'image/png' });
    await expect(prepareUpload(png)).rejects.toThrow();
    expect(decode).toHaveBeenCalledWith(png, { imageOrientation: 'from-image' });
  });

  it('given a PDF / should send it as it is', async () => {
    const pdf = new File([tinyPdf()], 'bill.pdf', { type: 'application/pdf' });
    expect(await prepareUpload(pdf)).toBe(pdf);
  });

  it('given a photo over the 10 MB limit / should still decode it (it is downscaled), where the check alone refuses it', async () => {
    const decode = vi.fn().mockRejectedValue(new Error('stop here'));
    vi.stubGlobal('createImageBitmap', decode);
    vi.stubGlobal('OffscreenCanvas', class {});
    const jpeg = tinyJpeg();
    const big = new File([jpeg.subarray(0, -2), new Uint8Array(12 * 1024 * 1024), jpeg.subarray(-2)], 'IMG.jpg', {
      type: 'image/jpeg',
    });
    await expect(checkFile(big)).resolves.toMatchObject({ code: 'too_large' });
    await expect(prepareUpload(big)).rejects.toThrow();
    expect(decode).toHaveBeenCalledTimes(1);
  });
});
