/**
 * Downscales a phone photo in the browser before it is uploaded: a 12-megapixel picture becomes at
 * most 2000 px on its long side, re-encoded as JPEG (about 8× fewer bytes). EXIF orientation is
 * applied while decoding, so the picture stays upright once its EXIF is gone. Anything that is not a
 * large decodable picture (a PDF, a HEIC, a small image) goes as it is, and
 * any failure falls back to the original file: downscaling only ever saves bytes, it never blocks.
 */

/** The longest side, in pixels, of a downscaled picture. */
const DOWNSCALE_MAX_SIDE = 2000;

/** JPEG quality of a downscaled picture. */
const DOWNSCALE_JPEG_QUALITY = 0.85;

/** Picture types worth decoding (an empty type is tried: decoding fails fast on anything else). */
const DECODABLE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', '']);

export interface DownscaleOptions {
  /** Longest side in pixels. Default {@link DOWNSCALE_MAX_SIDE}. */
  maxSide?: number | undefined;
  /** JPEG quality between 0 and 1. Default {@link DOWNSCALE_JPEG_QUALITY}. */
  quality?: number | undefined;
}

/**
 * Returns a smaller JPEG with the same name when `file` is a picture larger than `maxSide`, else
 * `file` itself.
 *
 * @example
 * const upload = await downscaleImage(input.files[0]); // 4000×3000 → 2000×1500 JPEG, same name
 */
export async function downscaleImage(file: File, options: DownscaleOptions = {}): Promise<File> {
  const maxSide = options.maxSide ?? DOWNSCALE_MAX_SIDE;
  const quality = options.quality ?? DOWNSCALE_JPEG_QUALITY;
  if (!DECODABLE_TYPES.has(file.type) || typeof createImageBitmap !== 'function') return file;
  let bitmap: ImageBitmap | null = null;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const { width, height } = bitmap;
    const longSide = Math.max(width, height);
    if (longSide <= maxSide) return file; // never upscale, never re-encode a small picture
    const scale = maxSide / longSide;
    const target = { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
    const blob = await encodeJpeg(bitmap, target, quality);
    // A re-encode that is not smaller (an already tiny file) is not worth the quality loss.
    if (!blob || blob.size === 0 || blob.size >= file.size) return file;
    return new File([blob], file.name, { type: 'image/jpeg', lastModified: file.lastModified });
  } catch {
    return file;
  } finally {
    bitmap?.close();
  }
}

async function encodeJpeg(
  bitmap: ImageBitmap,
  size: { width: number; height: number },
  quality: number,
): Promise<Blob | null> {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (!context) return null;
    draw(context, bitmap, size);
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  }
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  draw(context, bitmap, size);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

function draw(
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D,
  bitmap: ImageBitmap,
  size: { width: number; height: number },
): void {
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  // JPEG has no alpha: a transparent PNG gets a white background instead of black.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(bitmap, 0, 0, size.width, size.height);
}
