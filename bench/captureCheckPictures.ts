/**
 * The pictures the capture-check benchmark measures, made in code (`core/captureChecksImages.ts`), the
 * same list in Node and in the benchmark page: a card at a phone photo's proportions (1200 × 800, as
 * the browser tests upload), blurred at three strengths, with glare, in the dark, a sharp thumbnail,
 * the sharp card at a phone camera's full size, and a live camera frame at the resolution the camera is
 * asked for (`CAMERA_CONSTRAINTS`: 1920 × 1080, checked about every 300 ms while the camera is open).
 */
import { boxBlur, darkened, sharpCard, withGlare, type GreyImage } from '../src/core/captureChecksImages';

interface BenchPicture {
  name: string;
  image: GreyImage;
}

export function benchPictures(): BenchPicture[] {
  const sharp = sharpCard(1200, 800);
  return [
    { name: 'sharp', image: sharp },
    { name: 'blur r3', image: boxBlur(sharp, 3) },
    { name: 'blur r4', image: boxBlur(sharp, 4) },
    { name: 'blur r6', image: boxBlur(sharp, 6) },
    { name: 'glare', image: withGlare(sharp) },
    { name: 'dark', image: darkened(sharp) },
    { name: 'thumbnail', image: sharpCard(480, 320) },
    { name: 'sharp, 12 MP', image: sharpCard(4000, 3000) },
    { name: 'camera frame', image: sharpCard(1920, 1080) },
  ];
}
