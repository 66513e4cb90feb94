/**
 * Benchmark 4: bytes on the wire for a document upload through the widget's upload controller:
 * a 12-megapixel phone photo (4000×3000 JPEG drawn in the browser), a small photo and a PDF.
 * Goal: the photo is downscaled to ≤ 2000 px (about 8× fewer bytes); the others go as they are.
 */
import type { Browser } from 'playwright-core';
import { seed } from './support/browser';
import { startBenchServer } from './support/benchServer';

export async function upload(browser: Browser): Promise<Record<string, string | number>[]> {
  const server = await startBenchServer();
  const page = await browser.newPage();
  const rows: Record<string, string | number>[] = [];
  try {
    await page.goto(server.url);
    for (const kind of ['photo', 'small', 'pdf'] as const) {
      const ids = await seed(server.url, 'draft');
      server.received.length = 0;
      const result = await page.evaluate((p) => window.bench.upload(p), {
        legalEntityUuid: ids.legalEntityUuid,
        clientUuid: ids.clientUuid,
        kind,
      });
      const sent = server.received.find((r) => r.method === 'POST' && r.path === '/v1/documents/files/');
      const bytes = sent?.bytes ?? 0;
      const part = /filename="([^"]*)"\r\nContent-Type: ([^\r]*)/i.exec(sent?.head ?? '');
      rows.push({
        file: kind === 'photo' ? '12 MP photo' : kind === 'small' ? 'small photo' : 'PDF',
        picked: `${result.originalSize ? `${result.originalSize.width}×${result.originalSize.height} ` : ''}${result.originalBytes} B`,
        'upload body (multipart) bytes': bytes,
        'sent as': part ? `${part[1]} (${part[2]})` : 'n/a',
        ratio: (result.originalBytes / Math.max(1, bytes)).toFixed(1) + '×',
        outcome: result.phase,
        'pick to document created (ms)': Math.round(result.ms),
      });
    }
    const down = await page.evaluate(() => window.bench.downscale({ width: 4000, height: 3000 }));
    rows.push({
      file: 'downscaleImage alone, 4000×3000',
      out: `${down.size?.width}×${down.size?.height} ${down.type}`,
      'bytes in → out': `${down.inBytes} → ${down.outBytes}`,
      ms: Math.round(down.ms),
    });
  } finally {
    await page.close();
    await server.close();
  }
  return rows;
}
