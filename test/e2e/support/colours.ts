/**
 * Colour measurements for browser tests: WCAG contrast ratios, the surface colour behind an element (its
 * nearest ancestor with an opaque background) and the colours Chromium actually paints for an element
 * (from a screenshot of it, decoded in the page's own canvas).
 */
import type { Locator, Page } from 'playwright-core';

export type Rgb = readonly [number, number, number];

/** `rgb(1, 2, 3)` / `rgba(1, 2, 3, 1)` / `color(srgb 0.1 0.2 0.3)` as 0–255 channels. */
export function parseColour(css: string): Rgb {
  const rgb = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(css);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const srgb = /color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(css);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255];
  throw new Error(`cannot read the colour ${css}`);
}

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The computed background colour of the nearest ancestor of `locator` that paints one. */
export function surfaceBehind(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    for (let node = element.parentElement; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (colour !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(colour)) return colour;
    }
    return 'rgb(255, 255, 255)';
  });
}

/**
 * The colours Chromium paints inside `locator`'s box, most frequent first, leaving out those within a
 * small distance of `surface` (the background showing around and inside the control).
 */
export async function paintedColours(page: Page, locator: Locator, surface: Rgb): Promise<Rgb[]> {
  const png = (await locator.screenshot({ animations: 'disabled' })).toString('base64');
  const counts = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const tally: Record<string, number> = {};
    for (let i = 0; i < pixels.length; i += 4) {
      const key = `${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`;
      tally[key] = (tally[key] ?? 0) + 1;
    }
    return tally;
  }, png);
  const near = (colour: Rgb) => colour.every((channel, index) => Math.abs(channel - (surface[index] ?? 0)) <= 12);
  return Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([key]) => key.split(',').map(Number) as unknown as Rgb)
    .filter((colour) => !near(colour));
}
