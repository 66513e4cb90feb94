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

/** The drawn document photo's size: a phone photo's proportions, above every "too small" default. */
const DRAWN_WIDTH = 1200;
const DRAWN_HEIGHT = 800;

/**
 * A sharp, well-lit document photo, as PNG and JPEG: an ID-1-shaped card (85.6 × 54 mm) on an even
 * table, with a photo box and lines of text. It passes every capture check for a card, a passport and
 * a page, so tests that are not about the checks upload it straight away.
 */
export async function drawnImages(browser: Browser): Promise<{ png: TestFile; jpeg: TestFile }> {
  const page = await browser.newPage();
  try {
    const [png, jpeg] = await page.evaluate(
      ([width, height]) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const g = canvas.getContext('2d');
        if (!g) throw new Error('no 2d context');
        g.fillStyle = '#6b7079'; // the table
        g.fillRect(0, 0, width, height);
        const cardW = Math.round(width * 0.75);
        const cardH = Math.round(cardW / (85.6 / 54));
        const left = Math.round((width - cardW) / 2);
        const top = Math.round((height - cardH) / 2);
        g.fillStyle = '#dbe7f3';
        g.fillRect(left, top, cardW, cardH);
        g.fillStyle = '#8a9bb0'; // the holder's photo
        g.fillRect(left + 40, top + 110, 200, 260);
        g.fillStyle = '#123';
        g.font = 'bold 44px sans-serif';
        g.fillText('PASSPORT  TEST', left + 40, top + 75);
        g.font = '28px sans-serif';
        const lines = ['Surname  MUSTERMANN', 'Given names  ERIKA', 'Born  12.08.1983', 'Expires  31.10.2031'];
        lines.forEach((line, index) => g.fillText(line, left + 280, top + 150 + index * 56));
        g.font = '26px monospace';
        g.fillText('P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<', left + 40, top + cardH - 40);
        return [canvas.toDataURL('image/png'), canvas.toDataURL('image/jpeg', 0.8)];
      },
      [DRAWN_WIDTH, DRAWN_HEIGHT] as const,
    );
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
