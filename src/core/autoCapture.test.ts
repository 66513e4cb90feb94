import { describe, expect, it } from 'vitest';
import {
  MAX_MOTION,
  STEADY_MS,
  initialAutoCapture,
  motionBetween,
  nextAutoCapture,
  thumbnailOf,
  type AutoCaptureState,
  type CameraFrame,
} from './autoCapture';
import { analysePixels } from './captureChecks';
import { boxBlur, darkened, sharpCard, withGlare, type GreyImage } from './captureChecksImages';

/** A camera frame of a test picture, checked like the camera checks it (figures and thumbnail). */
function frameOf(image: GreyImage, at: number): CameraFrame {
  const analysis = analysePixels(image.grey, image.width, image.height, 'card');
  return { analysis, thumbnail: thumbnailOf(image.grey, image.width, image.height), at };
}

/** The picture moved sideways by `dx` px (the hand moved), the uncovered strip filled with the table. */
function shifted(image: GreyImage, dx: number): GreyImage {
  const grey = new Uint8ClampedArray(image.grey.length).fill(image.grey[0]!);
  for (let y = 0; y < image.height; y += 1) {
    for (let x = Math.max(0, dx); x < Math.min(image.width, image.width + dx); x += 1) {
      grey[y * image.width + x] = image.grey[y * image.width + x - dx]!;
    }
  }
  return { ...image, grey };
}

/** Feeds the frames in order; gives every state after each. */
function run(frames: CameraFrame[]): AutoCaptureState[] {
  const states: AutoCaptureState[] = [];
  let state = initialAutoCapture;
  for (const frame of frames) states.push((state = nextAutoCapture(state, frame)));
  return states;
}

const every300ms = (count: number) => Array.from({ length: count }, (_, index) => index * 300);

describe('auto capture on live frames', () => {
  const sharp = sharpCard();

  it('given a sharp card held steady / captures once a second has passed, never before', () => {
    const states = run(every300ms(6).map((at) => frameOf(sharp, at)));
    expect(states.map((state) => state.capture)).toEqual([false, false, false, false, true, true]);
    expect(states.every((state) => state.hint === 'steady')).toBe(true);
    expect(STEADY_MS).toBe(1000);
  });

  it('given a blurred card / never captures and says it is blurry', () => {
    const blurred = boxBlur(sharp, 3);
    const states = run(every300ms(20).map((at) => frameOf(blurred, at)));
    expect(states.some((state) => state.capture)).toBe(false);
    expect(states.map((state) => state.hint)).toEqual(Array(20).fill('blurry'));
  });

  it('given a frame that moved / starts the second again from that frame', () => {
    const moved = shifted(sharp, 60);
    expect(motionBetween(frameOf(sharp, 0).thumbnail!, frameOf(moved, 0).thumbnail!)).toBeGreaterThan(MAX_MOTION);
    // steady 0–600 ms, moved at 900 ms, then steady again at the new place: a full second from 900 ms.
    const pictures = [sharp, sharp, sharp, moved, moved, moved, moved, moved];
    const states = run(pictures.map((picture, index) => frameOf(picture, index * 300)));
    expect(states.map((state) => state.capture)).toEqual([false, false, false, false, false, false, false, true]);
    expect(states[3]?.steadySince).toBe(900);
  });

  it('given a failing frame in a steady run / starts the count again', () => {
    const blurred = boxBlur(sharp, 3);
    const pictures = [sharp, sharp, sharp, blurred, sharp, sharp, sharp, sharp, sharp];
    const states = run(pictures.map((picture, index) => frameOf(picture, index * 300)));
    expect(states.findIndex((state) => state.capture)).toBe(8); // 1200 ms → 2400 ms
  });

  it('given glare, darkness or no figures / names that problem, or asks to place the document', () => {
    expect(run([frameOf(withGlare(sharp), 0)])[0]?.hint).toBe('glare');
    expect(run([frameOf(darkened(sharp), 0)])[0]?.hint).toBe('dark');
    expect(run([{ analysis: null, thumbnail: null, at: 0 }])[0]?.hint).toBe('searching');
    expect(initialAutoCapture.hint).toBe('searching');
  });

  it('given a single odd frame / keeps the hint, so a screen reader is not told twice', () => {
    const blurred = boxBlur(sharp, 3);
    const pictures = [blurred, blurred, sharp, blurred, blurred, sharp, sharp];
    const hints = run(pictures.map((picture, index) => frameOf(picture, index * 300))).map((state) => state.hint);
    expect(hints).toEqual(['blurry', 'blurry', 'blurry', 'blurry', 'blurry', 'blurry', 'steady']);
  });

  it('keeps only a 16 × 12 grey thumbnail of each frame', () => {
    const { thumbnail } = frameOf(sharp, 0);
    expect(thumbnail).toHaveLength(16 * 12);
    expect(thumbnail![0]).toBe(90); // the table's grey in the corner
  });
});
