/**
 * Size budget: bundles `import { KycFlow } from 'react-kyc-flow'` the way a partner's app would, with
 * Vite, esbuild and webpack 5 (against the built dist/, minified, with React, ReactDOM and TanStack Query
 * left to the partner), and prints for each the gzipped size of the chunks loaded up front and of the
 * ones loaded on demand.
 * `npm run size` after `npm run build`; test/node/package/sizeBudget.test.ts enforces the budget on a
 * fresh build.
 */
import { gzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, BUNDLERS, type BundledChunk, type Bundler } from './sizeBundlers';

export { BUNDLERS, type Bundler } from './sizeBundlers';

/** What a partner's page may download up front for `<KycFlow>`, with every bundler. */
export const INITIAL_BUDGET_GZIP_BYTES = 20 * 1024;

export interface ChunkSize {
  fileName: string;
  bytes: number;
  gzipBytes: number;
  /** Packages bundled into the chunk (`react-kyc-flow` for the widget's own modules). */
  packages: string[];
  /** Module paths bundled into the chunk. */
  modules: string[];
}

export interface ConsumerBundleReport {
  bundler: Bundler;
  /** Chunks the partner's page loads when it imports KycFlow: the entry and its static imports. */
  initial: ChunkSize[];
  /** Chunks reached only through dynamic import(). */
  lazy: ChunkSize[];
  initialGzipBytes: number;
  lazyGzipBytes: number;
}

export interface MeasureOptions {
  /** Default Vite. */
  bundler?: Bundler;
  /** The partner app's one source file; default an app that imports KycFlow. */
  source?: string;
}

/** The installed package a module comes from; `react-kyc-flow` for the widget's own files. */
export function packageOf(id: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(id);
  return match?.[1] ?? 'react-kyc-flow';
}

function sizeOf(chunk: BundledChunk): ChunkSize {
  return {
    fileName: chunk.fileName,
    bytes: Buffer.byteLength(chunk.code),
    gzipBytes: gzipSync(chunk.code, { level: 9 }).length,
    packages: [...new Set(chunk.modules.map(packageOf))].sort(),
    modules: chunk.modules,
  };
}

const DEFAULT_SOURCE = "import { KycFlow } from 'react-kyc-flow';\nglobalThis.kycFlow = KycFlow;\n";

const sum = (chunks: ChunkSize[]): number => chunks.reduce((total, c) => total + c.gzipBytes, 0);

/**
 * Builds a one-file partner app in a fresh directory inside `consumerDir`, whose node_modules must hold
 * `react-kyc-flow` (resolved through its `exports`, like an installed package), with `bundler`, and
 * splits the output into the chunks loaded up front and the ones loaded on demand.
 */
export async function measureConsumerBundle(
  consumerDir: string,
  { bundler = 'vite', source = DEFAULT_SOURCE }: MeasureOptions = {},
): Promise<ConsumerBundleReport> {
  const dir = mkdtempSync(join(consumerDir, `app-${bundler}-`));
  try {
    const entry = join(dir, 'main.js');
    writeFileSync(entry, source);
    const chunks = await bundle[bundler](dir, entry);
    const initial = chunks.filter((c) => c.initial).map(sizeOf);
    const lazy = chunks.filter((c) => !c.initial).map(sizeOf);
    return { bundler, initial, lazy, initialGzipBytes: sum(initial), lazyGzipBytes: sum(lazy) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function formatReport(report: ConsumerBundleReport): string {
  const line = (c: ChunkSize): string =>
    `    ${c.fileName}: ${kb(c.bytes)} min, ${kb(c.gzipBytes)} gzip [${c.packages.join(', ')}]`;
  return [
    `${report.bundler}: initial ${kb(report.initialGzipBytes)} gzip (budget ${kb(INITIAL_BUDGET_GZIP_BYTES)}), ` +
      `on demand ${kb(report.lazyGzipBytes)} gzip in ${report.lazy.length} chunks`,
    '  initial:',
    ...report.initial.map(line),
    '  on demand:',
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
  // `npm run size [-- <package dir>]`: the repository itself (after `npm run build`) by default.
  const consumer = linkedConsumer(resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url))));
  try {
    process.stdout.write('Partner app importing KycFlow (minified; React, ReactDOM, TanStack Query external)\n');
    for (const bundler of BUNDLERS) {
      process.stdout.write(`${formatReport(await measureConsumerBundle(consumer.dir, { bundler }))}\n`);
    }
  } finally {
    consumer.remove();
  }
}
