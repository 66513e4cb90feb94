/**
 * Grey test pictures for the capture checks, made in code (no files): a sharp card on an even table,
 * the same blurred (box blur), with a glare patch, in the dark, and tiny. Used by the Node tests, the
 * browser tests (turned into PNG / video frames there) and `bench/captureChecks.ts`.
 */

export interface GreyImage {
  grey: Uint8ClampedArray;
  width: number;
  height: number;
}

const TABLE = 90;
const CARD = 205;
const INK = 35;

/**
 * A card (ID-1 shape) filling about 70 % of the width, with lines of "text" (dark blocks of varied
 * length) and a photo square, on an even table.
 */
export function sharpCard(width = 960, height = 640): GreyImage {
  const grey = new Uint8ClampedArray(width * height).fill(TABLE);
  const cardW = Math.round(width * 0.7);
  const cardH = Math.round(cardW / (85.6 / 54));
  const left = Math.round((width - cardW) / 2);
  const top = Math.round((height - cardH) / 2);
  fill(grey, width, left, top, cardW, cardH, CARD);
  const unit = Math.max(2, Math.round(cardW / 120));
  fill(grey, width, left + unit * 6, top + unit * 8, unit * 26, unit * 34, INK + 30);
  let seed = 7;
  for (let line = 0; line < 7; line += 1) {
    let x = left + unit * 40;
    const y = top + unit * (10 + line * 6);
    while (x < left + cardW - unit * 14) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const glyph = unit * (1 + (seed % 4));
      fill(grey, width, x, y, glyph, unit * 3, INK);
      x += glyph + unit;
    }
  }
  return { grey, width, height };
}

/** The picture blurred with a box blur of `radius` px, applied `passes` times (3 ≈ Gaussian). */
export function boxBlur(image: GreyImage, radius: number, passes = 3): GreyImage {
  let grey = image.grey;
  for (let pass = 0; pass < passes; pass += 1) {
    grey = blurRows(grey, image.width, image.height, radius, true);
    grey = blurRows(grey, image.width, image.height, radius, false);
  }
  return { ...image, grey };
}

/** The picture with a blown-out (white) ellipse over `share` of its area, as a lamp's reflection. */
export function withGlare(image: GreyImage, share = 0.12): GreyImage {
  const grey = image.grey.slice();
  const rx = Math.sqrt((share * image.width * image.height) / Math.PI) * 1.4;
  const ry = rx / 1.96;
  const cx = image.width * 0.55;
  const cy = image.height * 0.45;
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      if (((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1) grey[y * image.width + x] = 255;
    }
  }
  return { ...image, grey };
}

/** The picture with its levels scaled by `factor` (a dim room). */
export function darkened(image: GreyImage, factor = 0.2): GreyImage {
  return { ...image, grey: image.grey.map((value) => value * factor) };
}

function fill(grey: Uint8ClampedArray, width: number, x: number, y: number, w: number, h: number, level: number) {
  for (let row = y; row < y + h; row += 1) grey.fill(level, row * width + x, row * width + x + w);
}

function blurRows(grey: Uint8ClampedArray, width: number, height: number, radius: number, horizontal: boolean) {
  const out = new Uint8ClampedArray(grey.length);
  const [lines, length] = horizontal ? [height, width] : [width, height];
  const at = (line: number, i: number) => (horizontal ? line * width + i : i * width + line);
  for (let line = 0; line < lines; line += 1) {
    for (let i = 0; i < length; i += 1) {
      let sum = 0;
      for (let k = -radius; k <= radius; k += 1) sum += grey[at(line, Math.min(length - 1, Math.max(0, i + k)))]!;
      out[at(line, i)] = sum / (2 * radius + 1);
    }
  }
  return out;
}
