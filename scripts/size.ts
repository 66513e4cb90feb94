/**
 * Size budget: bundles `import { KycFlow } from 'react-kyc-flow'` the way a partner's Vite app would
 * (against the built dist/, minified, with React, ReactDOM and TanStack Query left to the partner) and
 * prints the gzipped size of the chunks loaded up front and of the ones loaded on demand.
 * `npm run size` after `npm run build`; test/node/package/sizeBudget.test.ts enforces the budget on a
 * fresh build.
 */
import { build, type Rolldown } from 'vite';
import { gzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const INITIAL_BUDGET_GZIP_BYTES = 25 * 1024;

export interface ChunkSize {
  fileName: string;
  bytes: number;
  gzipBytes: number;
  /** Packages bundled into the chunk (`react-kyc-flow` for the widget's own modules). */
  packages: string[];
  /** Module ids bundled into the chunk. */
  modules: string[];
}

export interface ConsumerBundleReport {
  /** Chunks the partner's page loads when it imports KycFlow: the entry and its static imports. */
  initial: ChunkSize[];
  /** Chunks reached only through dynamic import(). */
  lazy: ChunkSize[];
  initialGzipBytes: number;
}

const PEERS = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', '@tanstack/react-query'];

function packageOf(id: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  return match?.[1] ?? 'react-kyc-flow';
}

function sizeOf(chunk: Rolldown.OutputChunk): ChunkSize {
  return {
    fileName: chunk.fileName,
    bytes: Buffer.byteLength(chunk.code),
    gzipBytes: gzipSync(chunk.code, { level: 9 }).length,
    packages: [...new Set(chunk.moduleIds.map(packageOf))].sort(),
    modules: [...chunk.moduleIds],
  };
}

const DEFAULT_SOURCE = "import { KycFlow } from 'react-kyc-flow';\nglobalThis.kycFlow = KycFlow;\n";

/**
 * Builds a one-file partner app (`source`) in a fresh directory inside `consumerDir`, whose
 * node_modules must hold `react-kyc-flow` (resolved through its `exports`, like an installed package),
 * and splits the output into the chunks loaded up front and the ones loaded on demand.
 */
export async function measureConsumerBundle(
  consumerDir: string,
  source = DEFAULT_SOURCE,
): Promise<ConsumerBundleReport> {
  const dir = mkdtempSync(join(consumerDir, 'app-'));
  try {
    const entry = join(dir, 'main.js');
    writeFileSync(entry, source);
    const result = await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        modulePreload: false,
        rollupOptions: { input: entry, external: PEERS },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
    const chunks = new Map<string, Rolldown.OutputChunk>();
    for (const item of outputs) if (item.type === 'chunk') chunks.set(item.fileName, item);
    const initialNames = new Set<string>();
    const visit = (name: string): void => {
      if (initialNames.has(name)) return;
      initialNames.add(name);
      for (const next of chunks.get(name)?.imports ?? []) if (chunks.has(next)) visit(next);
    };
    for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
    const initial = [...chunks.values()].filter((c) => initialNames.has(c.fileName)).map(sizeOf);
    const lazy = [...chunks.values()].filter((c) => !initialNames.has(c.fileName)).map(sizeOf);
    return { initial, lazy, initialGzipBytes: initial.reduce((sum, c) => sum + c.gzipBytes, 0) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function formatReport(report: ConsumerBundleReport): string {
  const line = (c: ChunkSize): string =>
    `  ${c.fileName}: ${kb(c.bytes)} min, ${kb(c.gzipBytes)} gzip [${c.packages.join(', ')}]`;
  return [
    `initial (budget ${kb(INITIAL_BUDGET_GZIP_BYTES)} gzip): ${kb(report.initialGzipBytes)} gzip`,
    ...report.initial.map(line),
    'on demand:',
    ...report.lazy.map(line),
  ].join('\n');
}

/** A temporary consumer whose node_modules/react-kyc-flow links to `packageDir` (built dist/ inside). */
export function linkedConsumer(packageDir: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kyc-size-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(packageDir, join(dir, 'node_modules/react-kyc-flow'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const consumer = linkedConsumer(resolve(fileURLToPath(new URL('..', import.meta.url))));
  try {
    process.stdout.write(`${formatReport(await measureConsumerBundle(consumer.dir))}\n`);
  } finally {
    consumer.remove();
  }
}
