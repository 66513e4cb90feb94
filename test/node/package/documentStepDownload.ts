/**
 * Test support: what a customer's browser downloads when a document step opens, read from the built
 * dist/ (never by a file's hash): the package's own modules the widget loads with `import()` from
 * core/ (the capture-check runner, with the live camera session inside or beside it), everything they
 * import, and the module Web Worker files they start (`new URL('…', import.meta.url)`). Bundled and
 * minified with esbuild, then gzipped, as a partner's bundler would serve them.
 */
import { build, transform } from 'esbuild';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface DocumentStepDownload {
  /** Modules loaded with `import()` from core/, relative to dist/ (`core/captureCheckRunner.js`). */
  entries: string[];
  /** Those and every module they import, relative to dist/. */
  modules: string[];
  /** Worker scripts the modules start, relative to dist/. */
  workers: string[];
  /** Each file as served: its name and its minified, gzipped size. */
  files: { name: string; gzipBytes: number }[];
  totalGzipBytes: number;
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'standalone' ? [] : jsFiles(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

const specifiers = (code: string, pattern: RegExp): string[] => [...code.matchAll(pattern)].map((m) => m[1] ?? '');
const DYNAMIC_IMPORT = /\bimport\(\s*"(\.{1,2}\/[^"]+)"\s*\)/g;
const STATIC_IMPORT = /^(?:import|export)\b[^;]*?\bfrom\s*"(\.{1,2}\/[^"]+)"/gm;
const WORKER_URL = /new URL\(\s*"(\.{1,2}\/[^"]+\.js)"\s*,\s*import\.meta\.url\s*\)/g;

const gzipBytes = (code: string): number => gzipSync(code, { level: 9 }).length;

export async function documentStepDownload(dist: string): Promise<DocumentStepDownload> {
  const core = join(dist, 'core') + sep;
  const entries = [
    ...new Set(
      jsFiles(dist).flatMap((file) =>
        specifiers(readFileSync(file, 'utf8'), DYNAMIC_IMPORT).map((spec) => resolve(dirname(file), spec)),
      ),
    ),
  ]
    .filter((path) => path.startsWith(core))
    .sort();
  const modules = new Set<string>();
  const workers = new Set<string>();
  const visit = (file: string): void => {
    if (modules.has(file)) return;
    modules.add(file);
    const code = readFileSync(file, 'utf8');
    for (const spec of specifiers(code, WORKER_URL)) workers.add(resolve(dirname(file), spec));
    for (const spec of specifiers(code, STATIC_IMPORT)) visit(resolve(dirname(file), spec));
  };
  entries.forEach(visit);

  const outdir = join(dist, '..', 'document-step');
  const bundled = entries.length
    ? await build({
        entryPoints: entries,
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'browser',
        minify: true,
        write: false,
        outdir,
        packages: 'external',
        logLevel: 'silent',
      })
    : { outputFiles: [] };
  const files = bundled.outputFiles
    .filter((file) => file.path.endsWith('.js'))
    .map((file) => ({ name: relative(outdir, file.path), gzipBytes: gzipBytes(file.text) }));
  for (const worker of workers) {
    const { code } = await transform(readFileSync(worker, 'utf8'), { minify: true, format: 'esm', loader: 'js' });
    files.push({ name: relative(dist, worker), gzipBytes: gzipBytes(code) });
  }
  const fromDist = (paths: Iterable<string>) => [...paths].map((path) => relative(dist, path)).sort();
  return {
    entries: fromDist(entries),
    modules: fromDist(modules),
    workers: fromDist(workers),
    files,
    totalGzipBytes: files.reduce((total, file) => total + file.gzipBytes, 0),
  };
}
