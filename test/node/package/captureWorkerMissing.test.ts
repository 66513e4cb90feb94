/**
 * A partner app bundled with esbuild, which does not follow `new URL('…', import.meta.url)`: the capture
 * checks' worker file is not in its output, so the worker the runner starts gets a 404. The photo is
 * still checked, on the main thread (the runner gives the worker up on its `error` event): a blurred
 * passport photo picked in real Chromium lands on the retake screen and nothing is uploaded. The app
 * uses the built package through its `exports` (`DocumentField` from `react-kyc-flow/fields`, the
 * in-browser sandbox as the fetch).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxBlur, sharpCard } from '../../../src/core/captureChecksImages';
import { greyPng } from '../../e2e/support/greyPng';
import { launchChromium } from '../../support/chromium';
import { builtPackage } from './builtPackage';
import { consumerDir } from './nodeScript';

const APP = `
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { KycProvider } from 'react-kyc-flow';
import { DocumentField } from 'react-kyc-flow/fields';
import { createSandbox, createSandboxFetch } from 'react-kyc-flow/sandbox';
const api = 'https://partner.example/kyc';
const sandbox = createSandbox({ seed: 1 });
const ids = sandbox.seed('draft');
window.kycEvents = [];
window.storedFiles = () => sandbox.inspect(ids.applicationUuid)?.files ?? [];
const question = { title: 'Passport', is_required: true, attribute: { key: 'passport', type: 'document', value: null } };
createRoot(document.getElementById('root')).render(
  h(KycProvider, {
    apiBaseUrl: api, legalEntityUuid: ids.legalEntityUuid, clientUuid: ids.clientUuid,
    fetch: createSandboxFetch(sandbox, { baseUrl: api }),
    onEvent: (event) => window.kycEvents.push(event),
  }, h(DocumentField, { question, id: 'passport', value: null, applicationUuid: ids.applicationUuid, onValueChange: () => {} })),
);
`;

let dir: string;
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(consumerDir(await builtPackage()), 'app-worker-missing-'));
  writeFileSync(join(dir, 'app.js'), APP);
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><body><main id="root"></main><script type="module" src="/out/app.js"></script></body></html>',
  );
  await build({
    absWorkingDir: dir,
    entryPoints: ['app.js'],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    outdir: join(dir, 'out'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = join(dir, normalize(path === '/' ? '/index.html' : path));
    if (!file.startsWith(dir) || !existsSync(file) || !/\.(html|js)$/.test(file))
      return void response.writeHead(404).end();
    const type = extname(file) === '.html' ? 'text/html' : 'text/javascript';
    response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('an app bundled with esbuild, without the capture checks’ worker file', () => {
  it('given a blurred passport photo / should still check it on the main thread and hold it for a retake', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const missing: string[] = [];
    page.on('response', (response) => {
      if (/captureChecksWorker/.test(response.url()) && response.status() === 404) missing.push(response.url());
    });
    await page.goto(url);
    const blurry = greyPng(boxBlur(sharpCard(1200, 800), 3), 'passport-blurry.png');
    await page.getByLabel('Choose a file').setInputFiles(blurry);

    await page.getByText('The photo is blurry — hold still and tap to focus.').waitFor();
    expect(missing).toEqual([expect.stringMatching(/\/assets\/captureChecksWorker-[\w-]+\.js$/)]);
    const checked = await page.evaluate(() =>
      (window as unknown as { kycEvents: { type: string }[] }).kycEvents.filter((e) => e.type === 'capture_checked'),
    );
    expect(checked).toEqual([expect.objectContaining({ verdict: 'fail', problems: ['blurry'], width: 1200 })]);
    expect(await page.evaluate(() => (window as unknown as { storedFiles: () => unknown[] }).storedFiles())).toEqual(
      [],
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
