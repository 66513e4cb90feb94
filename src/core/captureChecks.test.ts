import { describe, expect, it } from 'vitest';
import { analysePixels, greyFromRgba } from './captureChecks';
import { thresholdsFor } from './captureThresholds';
import { boxBlur, darkened, sharpCard, withGlare, type GreyImage } from './captureChecksImages';

const check = (image: GreyImage, kind: 'card' | 'passport' | 'page' = 'card', thresholds = {}) =>
  analysePixels(image.grey, image.width, image.height, kind, { thresholds });

describe('capture checks', () => {
  const sharp = sharpCard();

  it('passes a sharp, well-lit card photo of a good size, and measures its card shape', () => {
    const result = check(sharp);
    expect(result).toMatchObject({ verdict: 'pass', problems: [], width: 960, height: 640, glare: 0 });
    expect(result.aspect).toBeCloseTo(85.6 / 54, 1);
  });

  it('finds the same photo blurry at three strengths, less sharp the stronger the blur', () => {
    const results = [2, 3, 4].map((radius) => check(boxBlur(sharp, radius)));
    for (const result of results) expect(result).toMatchObject({ verdict: 'fail', problems: ['blurry'] });
    const figures = [check(sharp), ...results].map((result) => result.sharpness);
    expect(figures).toEqual([...figures].sort((a, b) => b - a));
  });

  it('finds glare where a blown-out patch covers part of the document', () => {
    const result = check(withGlare(sharp));
    expect(result.problems).toEqual(['glare']);
    expect(result.glare).toBeGreaterThan(0.1);
  });

  it('finds a dark photo too dark (first, before anything else it makes worse)', () => {
    expect(check(darkened(sharp)).problems[0]).toBe('dark');
  });

  it('finds a tiny photo too small, even when it is sharp', () => {
    expect(check(sharpCard(200, 126)).problems).toEqual(['small']);
  });

  it('takes a photo as big as a 300-dpi card scan or a 720p webcam frame, not a sharp thumbnail', () => {
    expect(check(sharpCard(1011, 638)).verdict).toBe('pass');
    expect(check(sharpCard(1280, 720)).verdict).toBe('pass');
    expect(check(sharpCard(1280, 720), 'passport').verdict).toBe('pass');
    // Sharp, well lit and card-shaped, but 400 px high: the date of birth is a few pixels tall.
    expect(check(sharpCard(640, 400)).problems).toEqual(['small']);
    expect(check(sharpCard(640, 400), 'passport').problems).toEqual(['small']);
    // A sheet of paper needs more: its print is smaller than a card's.
    expect(check(sharpCard(960, 560), 'page').problems).toEqual(['small']);
    expect(check(sharpCard(1000, 640), 'page').verdict).toBe('pass');
  });

  it('finds a card whose framed area is not card-shaped badly framed', () => {
    const squashed = sharpCard(960, 640);
    // The same picture with its left third painted over by the table: the framed area is too narrow.
    for (let y = 0; y < 640; y += 1) squashed.grey.fill(90, y * 960, y * 960 + 480);
    expect(check(squashed).problems).toContain('framing');
    expect(check(squashed, 'passport').problems).not.toContain('framing');
  });

  it('takes the partner’s thresholds over the defaults of the kind', () => {
    const mild = boxBlur(sharp, 2);
    expect(check(mild, 'card', { minSharpness: 20 }).verdict).toBe('pass');
    expect(thresholdsFor('page', { page: { maxGlare: 0.5 } })).toMatchObject({ maxGlare: 0.5, minBrightness: 55 });
    expect(thresholdsFor('card', false)).toEqual(thresholdsFor('card'));
  });

  it('judges the real size when given a picture already downscaled', () => {
    const result = analysePixels(sharp.grey, 960, 640, 'card', { source: { width: 4000, height: 2667 } });
    expect(result).toMatchObject({ width: 4000, height: 2667, verdict: 'pass' });
  });

  it('turns RGBA pixels into grey levels', () => {
    expect(Array.from(greyFromRgba(new Uint8ClampedArray([255, 255, 255, 255, 0, 0, 0, 255, 255, 0, 0, 255])))).toEqual(
      [255, 0, 76],
    );
  });
});
