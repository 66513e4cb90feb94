// The fallbacks of downscaleImage (the real resizing is tested in Chromium: test/e2e/imageDownscale.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downscaleImage } from './imageDownscale';

const photo = () =>
  new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], 'IMG_0001.jpg', { type: 'image/jpeg' });

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
    vi.stubGlobal(
      'createImageBitmap',
      vi.fn().mockRejectedValue(new DOMException('The source image could not be decoded.', 'InvalidStateError')),
    );
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
