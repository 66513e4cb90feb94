/**
 * Real files for upload tests: a PNG and a JPEG drawn on a canvas by the browser itself, and a
 * one-page PDF built from bytes. Each is what a customer's device would produce, not a stub.
 */
import type { Browser } from 'playwright-core';

export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export async function drawnImages(browser: Browser): Promise<{ png: TestFile; jpeg: TestFile }> {
  const page = await browser.newPage();
  try {
    const [png, jpeg] = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 200;
      const g = canvas.getContext('2d');
      if (!g) throw new Error('no 2d context');
      g.fillStyle = '#dbe7f3';
      g.fillRect(0, 0, 320, 200);
      g.fillStyle = '#123';
      g.font = '24px sans-serif';
      g.fillText('PASSPORT  TEST', 40, 100);
      return [canvas.toDataURL('image/png'), canvas.toDataURL('image/jpeg', 0.8)];
    });
    const bytes = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    return {
      png: { name: 'passport.png', mimeType: 'image/png', buffer: bytes(png) },
      jpeg: { name: 'id-card.jpg', mimeType: 'image/jpeg', buffer: bytes(jpeg) },
    };
  } finally {
    await page.close();
  }
}

/** A minimal, valid one-page PDF (with a correct cross-reference table). */
export function onePagePdf(name = 'utility-bill.pdf'): TestFile {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 44 >>\nstream\nBT /F1 18 Tf 20 50 Td (Utility bill) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(body, 'latin1') };
}
