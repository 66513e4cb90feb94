/** A 12-megapixel "phone photo" drawn in the browser: gradients and noise, so JPEG cannot squash it. */
export async function makePhoto(width: number, height: number, name = 'IMG_0001.jpg'): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D context.');
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#2b5876');
  gradient.addColorStop(0.5, '#c9a66b');
  gradient.addColorStop(1, '#4e4376');
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  const radial = context.createRadialGradient(width / 2, height / 2, 0, width / 2, height / 2, width / 2);
  radial.addColorStop(0, 'rgba(255,255,255,0.5)');
  radial.addColorStop(1, 'rgba(0,0,0,0)');
  context.fillStyle = radial;
  context.fillRect(0, 0, width, height);
  // Sensor-like noise in tiles (a full-size ImageData of noise would be 48 MB).
  const tile = context.getImageData(0, 0, 500, 500);
  let seed = 42;
  for (let y = 0; y < height; y += 500) {
    for (let x = 0; x < width; x += 500) {
      const base = context.getImageData(x, y, 500, 500);
      for (let i = 0; i < base.data.length; i += 4) {
        seed = (seed * 1664525 + 1013904223) >>> 0;
        const n = ((seed >>> 24) & 63) - 32;
        tile.data[i] = clamp((base.data[i] ?? 0) + n);
        tile.data[i + 1] = clamp((base.data[i + 1] ?? 0) + n);
        tile.data[i + 2] = clamp((base.data[i + 2] ?? 0) + n);
        tile.data[i + 3] = 255;
      }
      context.putImageData(tile, x, y);
    }
  }
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
  return new File([blob], name, { type: 'image/jpeg' });
}

const clamp = (value: number) => Math.max(0, Math.min(255, value));

/** A minimal one-page PDF. */
export function makePdf(name = 'statement.pdf'): File {
  const text =
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
  return new File([text], name, { type: 'application/pdf' });
}

/** The pixel size of a picture, as the browser decodes it (EXIF orientation applied). */
export async function pictureSize(blob: Blob): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

/** The same JPEG with an EXIF APP1 segment saying how to rotate it (6 = turn 90° clockwise). */
export async function withExifOrientation(jpeg: File, orientation: number): Promise<File> {
  const bytes = new Uint8Array(await jpeg.arrayBuffer());
  // "Exif\0\0", little-endian TIFF header, one IFD entry: Orientation (0x0112), SHORT, 1, value.
  const tiff = [
    0x49,
    0x49,
    0x2a,
    0x00,
    0x08,
    0x00,
    0x00,
    0x00,
    0x01,
    0x00,
    0x12,
    0x01,
    0x03,
    0x00,
    0x01,
    0x00,
    0x00,
    0x00,
    orientation,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
  ];
  const payload = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00, ...tiff];
  const length = payload.length + 2;
  const app1 = new Uint8Array([0xff, 0xe1, length >> 8, length & 0xff, ...payload]);
  return new File([bytes.subarray(0, 2), app1, bytes.subarray(2)], jpeg.name, { type: 'image/jpeg' });
}
