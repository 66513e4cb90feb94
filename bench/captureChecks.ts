/**
 * The capture checks' figures on the test pictures (`core/captureChecksImages.ts`: sharp, blurred at
 * three strengths, glare, dark, tiny) and the time per picture of `analysePixels` on one thread
 * (Node, the same code the worker and the main-thread fallback run). The worker's time in Chromium
 * is not measured yet.
 */
import type { Browser } from 'playwright-core';
import { analysePixels } from '../src/core/captureChecks';
import { boxBlur, darkened, sharpCard, withGlare, type GreyImage } from '../src/core/captureChecksImages';

const RUNS = 10;

export async function captureChecks(_browser: Browser): Promise<Record<string, string | number>[]> {
  const sharp = sharpCard();
  const pictures: [string, GreyImage][] = [
    ['sharp', sharp],
    ['blur r2', boxBlur(sharp, 2)],
    ['blur r3', boxBlur(sharp, 3)],
    ['blur r4', boxBlur(sharp, 4)],
    ['glare', withGlare(sharp)],
    ['dark', darkened(sharp)],
    ['tiny', sharpCard(200, 126)],
  ];
  return pictures.map(([name, image]) => {
    const result = analysePixels(image.grey, image.width, image.height, 'card');
    const started = performance.now();
    for (let run = 0; run < RUNS; run += 1) analysePixels(image.grey, image.width, image.height, 'card');
    const ms = (performance.now() - started) / RUNS;
    return {
      picture: `${name} (${image.width}×${image.height})`,
      sharpness: result.sharpness,
      glare: result.glare,
      brightness: result.brightness,
      aspect: result.aspect ?? '—',
      verdict: `${result.verdict}${result.problems.length ? ` (${result.problems.join(', ')})` : ''}`,
      'ms per picture (one thread)': ms.toFixed(2),
    };
  });
}
