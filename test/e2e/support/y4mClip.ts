/**
 * Video clips for Chromium's fake camera: the grey test pictures (`core/captureChecksImages.ts`)
 * written as a Y4M file (4:2:0, the chroma planes neutral, so every frame is the grey picture) that
 * `--use-file-for-fake-video-capture` plays in a loop. The frames are all the same picture, so the
 * clip is as steady as a phone held still on a table.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GreyImage } from '../../../src/core/captureChecksImages';

export interface ClipOptions {
  /** Frames in the file (it loops). Default 10. */
  frames?: number;
  /** Frames per second. Default 10. */
  fps?: number;
}

/** The Y4M bytes of `frames` copies of the picture (its width and height must be even). */
function y4mBytes(image: GreyImage, { frames = 10, fps = 10 }: ClipOptions = {}): Buffer {
  const { width, height } = image;
  if (width % 2 || height % 2) throw new Error(`a 4:2:0 clip needs an even size, not ${width}×${height}`);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), Buffer.from(image.grey), chroma]);
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
}

/** A temporary folder for clips; `remove` deletes it with everything written there. */
export async function clipFolder(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'kyc-e2e-camera-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes the clip to `dir/name.y4m` and returns its path. */
export async function writeY4mClip(dir: string, name: string, image: GreyImage, options?: ClipOptions) {
  const path = join(dir, `${name}.y4m`);
  await writeFile(path, y4mBytes(image, options));
  return path;
}

/** Chromium flags for a fake camera that plays the clip (a launch option: one clip per browser). */
export function fakeCameraArgs(clipPath: string): string[] {
  return ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${clipPath}`];
}
