/**
 * Builds the e2e partner page (test/e2e/partner) with Vite's JS API and serves it from node:http on
 * `http://localhost:PORT` — a different origin from the sandbox's `http://127.0.0.1:PORT`, as a
 * partner's app and the KYC API are in production. The build is cached in the OS temp folder, keyed
 * by the sources' modification times, so the e2e files share one build.
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

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

const PARTNER_ROOT = fileURLToPath(new URL('../partner/', import.meta.url));
const SRC_ROOT = fileURLToPath(new URL('../../../src/', import.meta.url));

export interface PartnerServer {
  url: string;
  close(): Promise<void>;
}

async function sourceDigest(): Promise<string> {
  const hash = createHash('sha256');
  for (const root of [PARTNER_ROOT, SRC_ROOT]) {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) hash.update(`${file}:${(await stat(file)).mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The built page's folder (built on first use, reused while the sources are unchanged). */
async function buildPartnerPage(): Promise<string> {
  const target = join(tmpdir(), `kyc-e2e-partner-${await sourceDigest()}`);
  if (await exists(join(target, 'index.html'))) return target;
  const outDir = await mkdtemp(join(tmpdir(), 'kyc-e2e-build-'));
  await build({
    root: PARTNER_ROOT,
    configFile: false,
    plugins: [react()],
    logLevel: 'warn',
    mode: 'production',
    build: { outDir, emptyOutDir: true, minify: false, sourcemap: false, reportCompressedSize: false },
  });
  try {
    await rename(outDir, target);
  } catch {
    await rm(outDir, { recursive: true, force: true }); // another file built it first
  }
  return target;
}

/** Serves the built page; `headers` are added to every response (e.g. a strict CSP). */
export async function servePartnerPage(headers: Record<string, string> = {}): Promise<PartnerServer> {
  const dir = await buildPartnerPage();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir)) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) =>
        res
          .writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(body),
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
