/**
 * Pictures are decoded and drawn again in the browser before upload. `reencodeImage` does it to every
 * JPEG, PNG and WebP picture, so what is uploaded is only its pixels: anything a file carried besides
 * them (data after the picture's end, metadata such as EXIF with the place a photo was taken) is gone,
 * and a picture that does not decode is refused. A phone photo also becomes smaller: at most 2000 px on
 * its long side, as JPEG (about 8× fewer bytes). EXIF orientation is applied while decoding, so the
 * picture stays upright once its EXIF is gone.
 *
 * `downscaleImage` is the older, narrower step: only a large picture is re-encoded, and any failure
 * falls back to the original file.
 */
import { MAX_UPLOAD_BYTES, type SniffedType } from './fileType';

/** The longest side, in pixels, of a downscaled picture. */
const DOWNSCALE_MAX_SIDE = 2000;

/** JPEG quality of a downscaled picture. */
const DOWNSCALE_JPEG_QUALITY = 0.85;

/** JPEG quality of a picture kept at its size: it is re-encoded only to clean it, so it loses little. */
const REENCODE_JPEG_QUALITY = 0.92;

/** Picture types worth decoding (an empty type is tried: decoding fails fast on anything else). */
const DECODABLE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', '']);

export interface DownscaleOptions {
  /** Longest side in pixels. Default {@link DOWNSCALE_MAX_SIDE}. */
  maxSide?: number | undefined;
  /** JPEG quality between 0 and 1. Default {@link DOWNSCALE_JPEG_QUALITY}. */
  quality?: number | undefined;
}

/**
 * Thrown by {@link reencodeImage} when the browser cannot decode the picture (damaged, or not a picture).
 *
 * @internal The upload reports it as an unreadable file; exported for its tests.
 */
export class ImageDecodeError extends Error {
  override name = 'ImageDecodeError';
}

/**
 * Returns a smaller JPEG with the same name when `file` is a picture larger than `maxSide`, else
 * `file` itself.
 *
 * @example
 * const upload = await downscaleImage(input.files[0]); // 4000×3000 → 2000×1500 JPEG, same name
 * @internal Exported for its tests; not part of the package.
 */
export async function downscaleImage(file: File, options: DownscaleOptions = {}): Promise<File> {
  const maxSide = options.maxSide ?? DOWNSCALE_MAX_SIDE;
  const quality = options.quality ?? DOWNSCALE_JPEG_QUALITY;
  if (!DECODABLE_TYPES.has(file.type) || typeof createImageBitmap !== 'function') return file;
  let bitmap: ImageBitmap | null = null;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const target = fitted(bitmap, maxSide);
    if (!target) return file; // never upscale, never re-encode a small picture
    const blob = await encode(bitmap, target, 'image/jpeg', quality);
    // A re-encode that is not smaller (an already tiny file) is not worth the quality loss.
    if (!blob || blob.size === 0 || blob.size >= file.size) return file;
    return new File([blob], file.name, { type: 'image/jpeg', lastModified: file.lastModified });
  } catch {
    return file;
  } finally {
    bitmap?.close();
  }
}

/**
 * Decodes a JPEG, PNG or WebP picture (`type`, as sniffed from its content) and encodes it again with
 * the same name: a PNG as PNG (lossless, for screenshots and scans), anything else as JPEG; larger than
 * `maxSide` it is downscaled to JPEG. Throws {@link ImageDecodeError} when the picture does not decode.
 * A HEIC or a PDF, and any picture where the runtime cannot draw (server rendering, Node, jsdom), is
 * returned as it is.
 *
 * @example
 * const clean = await reencodeImage(photo, 'image/jpeg'); // same pixels, no EXIF, nothing appended
 */
export async function reencodeImage(file: File, type: SniffedType, options: DownscaleOptions = {}): Promise<File> {
  if (!['image/jpeg', 'image/png', 'image/webp'].includes(type) || !canDraw()) return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch (error) {
    throw new ImageDecodeError(`“${file.name}” could not be decoded as a picture.`, { cause: error });
  }
  try {
    const target = fitted(bitmap, options.maxSide ?? DOWNSCALE_MAX_SIDE);
    const size = target ?? { width: bitmap.width, height: bitmap.height };
    const quality = target ? (options.quality ?? DOWNSCALE_JPEG_QUALITY) : REENCODE_JPEG_QUALITY;
    let blob = !target && type === 'image/png' ? await encode(bitmap, size, 'image/png', quality) : null;
    // A PNG too large for the API goes as JPEG (on white, as JPEG has no transparency).
    if (!blob || blob.size > MAX_UPLOAD_BYTES) blob = await encode(bitmap, size, 'image/jpeg', quality);
    if (!blob || blob.size === 0) return file;
    return new File([blob], file.name, { type: blob.type || 'image/jpeg', lastModified: file.lastModified });
  } finally {
    bitmap.close();
  }
}

function canDraw(): boolean {
  return (
    typeof createImageBitmap === 'function' &&
    (typeof OffscreenCanvas === 'function' || typeof document !== 'undefined')
  );
}

/** The downscaled size of a picture larger than `maxSide`, or null when it fits. */
function fitted(bitmap: ImageBitmap, maxSide: number): { width: number; height: number } | null {
  const { width, height } = bitmap;
  const longSide = Math.max(width, height);
  if (longSide <= maxSide) return null;
  const scale = maxSide / longSide;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

async function encode(
  bitmap: ImageBitmap,
  size: { width: number; height: number },
  type: 'image/jpeg' | 'image/png',
  quality: number,
): Promise<Blob | null> {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (!context) return null;
    draw(context, bitmap, size, type);
    return canvas.convertToBlob({ type, quality });
  }
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  draw(context, bitmap, size, type);
  return new Promise((resolve) => canvas.toBlob(resolve, type, quality));
}

function draw(
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D,
  bitmap: ImageBitmap,
  size: { width: number; height: number },
  type: 'image/jpeg' | 'image/png',
): void {
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  // JPEG has no alpha: a transparent picture gets a white background instead of black.
  if (type === 'image/jpeg') {
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size.width, size.height);
  }
  context.drawImage(bitmap, 0, 0, size.width, size.height);
}
