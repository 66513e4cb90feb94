/**
 * The benchmark page built with Vite's JS API, served next to the sandbox API on one origin (a
 * static server that forwards every other request to the sandbox's HTTP server), like a partner's
 * same-origin proxy: no CORS preflights in the numbers.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { startSandboxServer } from '../../src/sandbox/server';
import type { FaultConfig } from '../../src/sandbox/engine/types';
import type { SandboxServer } from '../../src/sandbox/server';

export interface BenchServer {
  /** Origin of the page and of the API. */
  url: string;
  sandbox: SandboxServer;
  /** Every API request that went through, with its body size as received (bytes on the wire). */
  received: ReceivedRequest[];
  close(): Promise<void>;
}

interface ReceivedRequest {
  method: string;
  path: string;
  bytes: number;
  /** The first 600 bytes of the body, as latin1 (enough for multipart part headers). */
  head: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
let built: Promise<string> | null = null;

/** Builds `bench/pages` once per process (production mode, React's profiling build). */
export function buildBenchPage(): Promise<string> {
  built ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'kyc-bench-'));
    await build({
      configFile: false,
      root: fileURLToPath(new URL('../pages', import.meta.url)),
      plugins: [react()],
      logLevel: 'warn',
      resolve: { alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] },
      build: { outDir, emptyOutDir: true, sourcemap: false, reportCompressedSize: false, chunkSizeWarningLimit: 4000 },
    });
    return outDir;
  })();
  return built;
}

export async function startBenchServer(options: { faults?: FaultConfig | undefined } = {}): Promise<BenchServer> {
  const dir = await buildBenchPage();
  const sandbox = await startSandboxServer({ port: 0, faults: options.faults });
  const received: ReceivedRequest[] = [];
  const server = createServer((req, res) => void handle(req, res, dir, sandbox.url, received));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sandbox,
    received,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sandbox.close();
    },
  };
}

/** Removes the built page (call once, at the end of a run). */
export async function removeBenchPage(): Promise<void> {
  if (built) await rm(await built, { recursive: true, force: true });
  built = null;
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  dir: string,
  api: string,
  received: ReceivedRequest[],
): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://bench').pathname;
  if (req.method === 'GET' && (path === '/' || path.startsWith('/assets/'))) {
    const file = join(dir, normalize(path === '/' ? '/index.html' : path));
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
    return;
  }
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && name !== 'host' && name !== 'origin' && name !== 'connection')
        headers.set(name, value);
    }
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    received.push({
      method: req.method ?? 'GET',
      path,
      bytes: body?.length ?? 0,
      head: body?.subarray(0, 600).toString('latin1') ?? '',
    });
    const answer = await fetch(api + (req.url ?? '/'), {
      method: req.method ?? 'GET',
      headers,
      ...(body ? { body } : {}),
    });
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (name !== 'content-encoding' && name !== 'content-length' && name !== 'transfer-encoding') out[name] = value;
    });
    res.writeHead(answer.status, out).end(Buffer.from(await answer.arrayBuffer()));
  } catch {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  }
}
