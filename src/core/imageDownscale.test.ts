// The fallbacks of downscaleImage and reencodeImage (the real decoding and drawing is tested in
// Chromium: test/e2e/imageDownscale.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tinyHeic, tinyJpeg, tinyPdf } from '../../test/support/polyglots';
import { downscaleImage, ImageDecodeError, reencodeImage } from './imageDownscale';

const photo = () =>
  new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], 'IMG_0001.jpg', { type: 'image/jpeg' });

const undecodable = () =>
  vi.fn().mockRejectedValue(new DOMException('The source image could not be decoded.', 'InvalidStateError'));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('downscaleImage', () => {
  it('given a runtime without createImageBitmap (server rendering, Node) / should return the picked file', async () => {
    vi.stubGlobal('createImageBitmap', undefined);
    const file = photo();
    expect(await downscaleImage(file)).toBe(file);
  });

  it('given a picture the browser cannot decode / should upload the original instead of failing', async () => {
    vi.stubGlobal('createImageBitmap', undecodable());
    const file = photo();
    expect(await downscaleImage(file)).toBe(file);
  });

  it('given a PDF or a HEIC picture / should not even try to decode it', async () => {
    const decode = vi.fn();
    vi.stubGlobal('createImageBitmap', decode);
    const pdf = new File(['%PDF-1.4'], 'statement.pdf', { type: 'application/pdf' });
    const heic = new File([new Uint8Array(12)], 'IMG_0002.heic', { type: 'image/heic' });
    expect(await downscaleImage(pdf)).toBe(pdf);
    expect(await downscaleImage(heic)).toBe(heic);
    expect(decode).not.toHaveBeenCalled();
  });
});

describe('reencodeImage', () => {
  it('given a picture the browser cannot decode / should refuse it with an ImageDecodeError naming the file', async () => {
    vi.stubGlobal('createImageBitmap', undecodable());
    vi.stubGlobal('OffscreenCanvas', class {});
    const file = new File([tinyJpeg()], 'id-card.jpg', { type: 'image/jpeg' });
    const refused = reencodeImage(file, 'image/jpeg');
    await expect(refused).rejects.toBeInstanceOf(ImageDecodeError);
    await expect(refused).rejects.toThrow('“id-card.jpg” could not be decoded as a picture.');
  });

  it('given a runtime that cannot draw (server rendering, Node, jsdom) / should return the file as it is', async () => {
    vi.stubGlobal('createImageBitmap', undefined);
    const file = new File([tinyJpeg()], 'id-card.jpg', { type: 'image/jpeg' });
    expect(await reencodeImage(file, 'image/jpeg')).toBe(file);
  });

  it('given a PDF or a HEIC picture / should not even try to decode it', async () => {
    const decode = vi.fn();
    vi.stubGlobal('createImageBitmap', decode);
    vi.stubGlobal('OffscreenCanvas', class {});
    const pdf = new File([tinyPdf()], 'statement.pdf', { type: 'application/pdf' });
    const heic = new File([tinyHeic()], 'IMG_0002.heic', { type: 'image/heic' });
    expect(await reencodeImage(pdf, 'application/pdf')).toBe(pdf);
    expect(await reencodeImage(heic, 'image/heic')).toBe(heic);
    expect(decode).not.toHaveBeenCalled();
  });
});
