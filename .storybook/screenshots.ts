/**
 * Screenshots of a few stories from the static build, for review: `npm run build-storybook`, then
 * `npx tsx .storybook/screenshots.ts` (writes artifacts/storybook/*.png). Serves storybook-static itself.
 */
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { launchChromium } from '../test/support/chromium';

const ROOT = join(process.cwd(), 'storybook-static');
const OUT = join(process.cwd(), 'artifacts', 'storybook');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
const STORIES: { id: string; wait: string; width?: number }[] = [
  { id: 'kycflow--full-flow', wait: 'Choose a verification level' },
  { id: 'kycflow--signature-dialog', wait: 'We sent a code' },
  { id: 'kycflow--pending-corrections', wait: 'Some answers need your attention' },
  { id: 'themes--presets', wait: 'Choose a verification level', width: 1500 },
  { id: 'fields-livenesstokenfield--intro', wait: 'Take a video selfie' },
];

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(ROOT, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
try {
  for (const story of STORIES) {
    const page = await browser.newPage({ viewport: { width: story.width ?? 900, height: 900 } });
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
    await page.getByText(story.wait).first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1500); // let the frame / animations settle for the picture
    await page.screenshot({ path: join(OUT, `${story.id}.png`), fullPage: true });
    await page.close();
    process.stdout.write(`artifacts/storybook/${story.id}.png\n`);
  }
} finally {
  await browser.close();
  server.close();
}
