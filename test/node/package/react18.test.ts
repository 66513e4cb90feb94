/**
 * React 18 is a supported peer: a partner app on React 18 installs the packed package from its
 * tarball (with React 18 from the npm registry), bundles it with Vite, and the flow runs in Chromium
 * against the sandbox's HTTP server — level choice, first step, an answer saved. With React 18's
 * types, `<kyc-flow>` is a typed JSX element.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxServer } from '../../../src/sandbox/server';
import { launchChromium } from '../../support/chromium';
import { builtPackage, REPO_ROOT } from './builtPackage';

const run = promisify(execFile);

const CONSUMER_MAIN = `
import React from 'react';
import { createRoot } from 'react-dom/client';
import { KycFlow } from 'react-kyc-flow';
import 'react-kyc-flow/styles.css';

const query = new URLSearchParams(location.search);
window.__reactVersion = React.version;
createRoot(document.getElementById('root')).render(
  React.createElement(KycFlow, { apiBaseUrl: query.get('api'), legalEntityUuid: query.get('le'), clientUuid: query.get('client') }),
);
`;

/** `<kyc-flow>` in a React 18 component, typed by the standalone entry's declarations. */
const TYPED_ELEMENT = `import type {} from 'react-kyc-flow/standalone';

export const Kyc = () => (
  <>
    <kyc-flow api-base-url="/kyc" legal-entity-uuid="le" client-uuid="client" locale="de" />
    {/* @ts-expect-error -- options are typed */}
    <kyc-flow api-base-url="/kyc" options={{ locale: 7 }} />
  </>
);
`;

const TYPED_ELEMENT_TSCONFIG = JSON.stringify({
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023', 'DOM'],
    module: 'ESNext',
    moduleResolution: 'Bundler',
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
  files: ['element.tsx'],
});

/** A React 18 app that depends on the packed tarball, installed once per tarball. */
async function react18Consumer(tarball: string): Promise<string> {
  const key = createHash('sha256').update(readFileSync(tarball)).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `react-kyc-flow-react18-${key}`);
  if (!existsSync(join(dir, 'node_modules/react-kyc-flow/package.json'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const dependencies = {
      react: '18.3.1',
      'react-dom': '18.3.1',
      '@tanstack/react-query': '^5.0.0',
      '@types/react': '^18.3.0',
      'react-kyc-flow': `file:${tarball}`,
    };
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'partner-app-react18', private: true, type: 'module', dependencies }, null, 2),
    );
    await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], {
      cwd: dir,
      maxBuffer: 64 * 1024 * 1024,
    });
  }
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><body><main id="root"></main><script type="module" src="./main.js"></script></body></html>',
  );
  writeFileSync(join(dir, 'main.js'), CONSUMER_MAIN);
  writeFileSync(join(dir, 'element.tsx'), TYPED_ELEMENT);
  writeFileSync(join(dir, 'tsconfig.json'), TYPED_ELEMENT_TSCONFIG);
  await build({
    root: dir,
    configFile: false,
    logLevel: 'error',
    build: { outDir: join(dir, 'dist'), emptyOutDir: true },
  });
  return join(dir, 'dist');
}

function serveStatic(root: string): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = join(root, path === '/' ? 'index.html' : path);
    if (!file.startsWith(root) || !existsSync(file)) return void response.writeHead(404).end();
    response
      .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://localhost:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

let browser: Browser;
let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
let site: { server: Server; url: string };
let consumerDir: string;

beforeAll(async () => {
  const { tarball } = await builtPackage();
  const dist = await react18Consumer(tarball);
  consumerDir = join(dist, '..');
  site = await serveStatic(dist);
  sandbox = await startSandboxServer({ port: 0 });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
  site?.server.close();
});

describe('a partner app on React 18', () => {
  it('should run the flow from the packed package: choose a level, answer, and the answer is saved', async () => {
    const { legalEntityUuid, clientUuid } = sandbox.sandbox.seed('new');
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.url}/?api=${encodeURIComponent(sandbox.url)}&le=${legalEntityUuid}&client=${clientUuid}`);

    expect(await page.evaluate(() => (window as unknown as { __reactVersion: string }).__reactVersion)).toMatch(
      /^18\./,
    );
    await page.getByRole('radio', { name: /Basic/ }).check();
    await page.getByRole('button', { name: 'Start verification' }).click();
    await page.getByRole('heading', { name: 'Your name' }).waitFor();
    await page.getByRole('textbox', { name: /First name/ }).fill('Ada');
    await page.getByText('All changes saved').waitFor();

    const uuid = await page.locator('[data-application-uuid]').getAttribute('data-application-uuid');
    expect(sandbox.sandbox.inspect(uuid ?? '')?.answers.first_name).toBe('Ada');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("given React 18's types / should type <kyc-flow> as a JSX element with its attributes and options", async () => {
    const tsc = join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
    const checked = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: consumerDir }).then(
      () => 'no errors',
      (error: { stdout: string }) => error.stdout,
    );
    expect(checked).toBe('no errors');
  }, 60_000);
});
