/** PNG files of the grey test pictures (`core/captureChecksImages.ts`), encoded here, for real uploads. */
import { crc32, deflateSync } from 'node:zlib';
import type { GreyImage } from '../../../src/core/captureChecksImages';
import type { TestFile } from './testFiles';

export function greyPng(image: GreyImage, name: string): TestFile {
  const rows = Buffer.alloc((image.width + 1) * image.height);
  for (let y = 0; y < image.height; y += 1) {
    rows[y * (image.width + 1)] = 0; // filter: none
    rows.set(image.grey.subarray(y * image.width, (y + 1) * image.width), y * (image.width + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  const buffer = Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND')]);
  return { name, mimeType: 'image/png', buffer };
}

function chunk(type: string, data: Buffer = Buffer.alloc(0)): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
