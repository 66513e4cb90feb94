/**
 * Capture checks on plain pixel arrays, before a photo of a document is uploaded: how sharp it is
 * (variance of a 4-neighbour Laplacian on a grey image of at most {@link ANALYSIS_MAX_SIDE} px), how
 * much of the document area is blown out by glare, how dark it is, whether it is too small, and for a
 * card whether the framed area has a card's shape (only where the document stands out from an even
 * background, so it can be told). React-free and DOM-free: the browser side (decoding, the worker)
 * lives in `captureCheckRunner.ts`.
 */

import { thresholdsFor, type CaptureKind, type CaptureThresholds } from './captureThresholds';

// The thresholds live in a module of their own, so the widget can read them without this module.
export { type CaptureChecksOption, type CaptureKind, type CaptureThresholds } from './captureThresholds';

export type CaptureProblem = 'blurry' | 'glare' | 'dark' | 'small' | 'framing';

export interface CaptureAnalysis {
  sharpness: number;
  /** Share (0–1) of blown-out pixels in the document area. */
  glare: number;
  /** Mean grey level, 0–255. */
  brightness: number;
  /** The picture's size (as decoded, before the analysis downscaled it). */
  width: number;
  height: number;
  /** Long side / short side of the framed area, or null where it cannot be told. */
  aspect: number | null;
  verdict: 'pass' | 'fail';
  /** What failed, the most important first. */
  problems: CaptureProblem[];
}

/** The analysis works on at most this many pixels on the long side. */
export const ANALYSIS_MAX_SIDE = 480;
/** A grey level at or above this is blown out. */
const BLOWN_OUT = 250;
/** ID-1 card: 85.6 / 54. */
const CARD_ASPECT = 85.6 / 54;

export interface AnalyseOptions {
  thresholds?: Partial<CaptureThresholds> | undefined;
  /** The picture's real size when `grey` was already downscaled. Default: width × height. */
  source?: { width: number; height: number } | undefined;
}

/**
 * Checks a grey picture (one byte per pixel, row by row).
 *
 * @example
 * const result = analysePixels(grey, 640, 400, 'card'); // { sharpness: 812, glare: 0, verdict: 'pass', … }
 */
export function analysePixels(
  grey: Uint8ClampedArray | Uint8Array,
  width: number,
  height: number,
  kind: CaptureKind,
  options: AnalyseOptions = {},
): CaptureAnalysis {
  const limits = { ...thresholdsFor(kind), ...options.thresholds };
  const small = downscaleGrey(grey, width, height, ANALYSIS_MAX_SIDE);
  const source = options.source ?? { width, height };
  const sharpness = laplacianVariance(small.grey, small.width, small.height);
  const brightness = mean(small.grey);
  const frame = framedArea(small.grey, small.width, small.height);
  const glare = blownOutShare(small.grey, small.width, small.height, frame);
  const aspect = frame ? Math.max(frame.w, frame.h) / Math.min(frame.w, frame.h) : null;

  const problems: CaptureProblem[] = [];
  if (Math.min(source.width, source.height) < limits.minShortSide) problems.push('small');
  if (brightness < limits.minBrightness) problems.push('dark');
  if (glare > limits.maxGlare) problems.push('glare');
  if (sharpness < limits.minSharpness) problems.push('blurry');
  if (kind === 'card' && limits.aspectTolerance > 0 && aspect !== null) {
    if (Math.abs(aspect - CARD_ASPECT) / CARD_ASPECT > limits.aspectTolerance) problems.push('framing');
  }
  return {
    sharpness: round(sharpness),
    glare: round(glare, 4),
    brightness: round(brightness),
    width: source.width,
    height: source.height,
    aspect: aspect === null ? null : round(aspect, 3),
    verdict: problems.length ? 'fail' : 'pass',
    problems,
  };
}

/** Grey levels (Rec. 601 luma) from RGBA pixels, as `ImageData.data` holds them. */
export function greyFromRgba(rgba: Uint8ClampedArray | Uint8Array): Uint8ClampedArray {
  const grey = new Uint8ClampedArray(rgba.length / 4);
  for (let i = 0, j = 0; j < grey.length; i += 4, j += 1) {
    grey[j] = (rgba[i]! * 299 + rgba[i + 1]! * 587 + rgba[i + 2]! * 114) / 1000;
  }
  return grey;
}

interface Grey {
  grey: Uint8ClampedArray | Uint8Array;
  width: number;
  height: number;
}

/** Box-averages the picture down to at most `maxSide` px on its long side (never up). */
function downscaleGrey(grey: Grey['grey'], width: number, height: number, maxSide: number): Grey {
  const factor = Math.ceil(Math.max(width, height) / maxSide);
  if (factor <= 1) return { grey, width, height };
  const w = Math.floor(width / factor);
  const h = Math.floor(height / factor);
  const out = new Uint8ClampedArray(w * h);
  const area = factor * factor;
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy += 1) {
        const row = (y * factor + dy) * width + x * factor;
        for (let dx = 0; dx < factor; dx += 1) sum += grey[row + dx]!;
      }
      out[y * w + x] = sum / area;
    }
  }
  return { grey: out, width: w, height: h };
}

function laplacianVariance(grey: Grey['grey'], width: number, height: number): number {
  let sum = 0;
  let squares = 0;
  let count = 0;
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1) {
      const i = y * width + x;
      const value = grey[i - 1]! + grey[i + 1]! + grey[i - width]! + grey[i + width]! - 4 * grey[i]!;
      sum += value;
      squares += value * value;
      count += 1;
    }
  }
  if (count === 0) return 0;
  const average = sum / count;
  return squares / count - average * average;
}

function mean(grey: Grey['grey']): number {
  let sum = 0;
  for (const value of grey) sum += value;
  return grey.length ? sum / grey.length : 0;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The document's bounding box where it stands out from an even background: the border ring's grey
 * levels must be even (low spread), and the pixels far from that level must form a box that covers a
 * fair part of the picture without touching its edges. Null where that cannot be told.
 */
function framedArea(grey: Grey['grey'], width: number, height: number): Box | null {
  const ring = Math.max(2, Math.round(Math.min(width, height) * 0.03));
  let sum = 0;
  let squares = 0;
  let count = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (x >= ring && x < width - ring && y >= ring && y < height - ring) continue;
      const value = grey[y * width + x]!;
      sum += value;
      squares += value * value;
      count += 1;
    }
  }
  const background = sum / count;
  const spread = Math.sqrt(Math.max(0, squares / count - background * background));
  if (spread > 12) return null;
  const distinct = Math.max(30, spread * 4);
  let left = width;
  let right = -1;
  let top = height;
  let bottom = -1;
  for (let y = ring; y < height - ring; y += 1) {
    for (let x = ring; x < width - ring; x += 1) {
      if (Math.abs(grey[y * width + x]! - background) < distinct) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
  }
  if (right < 0) return null;
  const box = { x: left, y: top, w: right - left + 1, h: bottom - top + 1 };
  return box.w * box.h >= width * height * 0.15 ? box : null;
}

/** Share of blown-out pixels in the framed area, or in the central 80 % where none can be told. */
function blownOutShare(grey: Grey['grey'], width: number, height: number, frame: Box | null): number {
  const box = frame ?? {
    x: Math.floor(width * 0.1),
    y: Math.floor(height * 0.1),
    w: Math.ceil(width * 0.8),
    h: Math.ceil(height * 0.8),
  };
  let blown = 0;
  for (let y = box.y; y < box.y + box.h; y += 1) {
    for (let x = box.x; x < box.x + box.w; x += 1) if (grey[y * width + x]! >= BLOWN_OUT) blown += 1;
  }
  return box.w * box.h ? blown / (box.w * box.h) : 0;
}

function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
