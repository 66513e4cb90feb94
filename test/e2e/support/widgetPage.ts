/**
 * Builds test/e2e/widget (<KycFlow> in the locale and theme the URL asks for) with Vite's JS API and
 * serves it from node:http on `http://localhost:PORT`, like the partner page (a different origin from
 * the sandbox). The build is cached in the OS temp folder, keyed by the sources' modification times.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const PAGE_ROOT = fileURLToPath(new URL('../widget/', import.meta.url));
const SRC_ROOT = fileURLToPath(new URL('../../../src/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface WidgetPageServer {
  url: string;
  close(): Promise<void>;
}

async function builtPage(): Promise<string> {
  const hash = createHash('sha256');
  for (const root of [PAGE_ROOT, SRC_ROOT]) {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
    for (const file of files.sort()) hash.update(`${file}:${(await stat(file)).mtimeMs}\n`);
  }
  const target = join(tmpdir(), `kyc-e2e-widget-${hash.digest('hex').slice(0, 16)}`);
  if (
    await stat(join(target, 'index.html')).then(
      () => true,
      () => false,
    )
  )
    return target;
  const outDir = await mkdtemp(join(tmpdir(), 'kyc-e2e-widget-build-'));
  await build({
    root: PAGE_ROOT,
    configFile: false,
    plugins: [react()],
    logLevel: 'warn',
    mode: 'production',
    build: { outDir, emptyOutDir: true, minify: false, sourcemap: false, reportCompressedSize: false },
  });
  await rename(outDir, target).catch(() => rm(outDir, { recursive: true, force: true }));
  return target;
}

export async function serveWidgetPage(): Promise<WidgetPageServer> {
  const dir = await builtPage();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir)) return void res.writeHead(404).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
