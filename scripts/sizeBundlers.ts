/**
 * How a partner's bundler splits an app that imports the widget: one function per bundler (Vite, esbuild,
 * webpack 5), each minifying, leaving React, ReactDOM and TanStack Query to the partner, and returning
 * its chunks with the modules inside and whether the page loads them up front or on demand.
 * scripts/size.ts turns them into the figures `npm run size` prints and the package test holds.
 */
import { build as esbuild, type Metafile } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build as viteBuild, type Rolldown } from 'vite';
import webpack from 'webpack';

export const BUNDLERS = ['vite', 'esbuild', 'webpack'] as const;
export type Bundler = (typeof BUNDLERS)[number];

/** One emitted JavaScript file. */
export interface BundledChunk {
  fileName: string;
  code: string;
  /** Absolute paths (or ids) of the modules bundled into it. */
  modules: string[];
  /** Loaded when the page loads: the entry and what it imports statically (not through `import()`). */
  initial: boolean;
}

/** Left to the partner's app, as peers. */
export const PEERS = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', '@tanstack/react-query'];

type BundleFn = (dir: string, entry: string) => Promise<BundledChunk[]>;

/** Marks `initial` on the chunks reached from the entries through static imports. */
function markInitial(
  chunks: Array<Omit<BundledChunk, 'initial'>>,
  entries: string[],
  staticImports: (fileName: string) => string[],
): BundledChunk[] {
  const reached = new Set<string>();
  const visit = (name: string): void => {
    if (reached.has(name)) return;
    reached.add(name);
    for (const next of staticImports(name)) visit(next);
  };
  entries.forEach(visit);
  return chunks.map((chunk) => ({ ...chunk, initial: reached.has(chunk.fileName) }));
}

const vite: BundleFn = async (dir, entry) => {
  const result = await viteBuild({
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
  const chunks = outputs.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  return markInitial(
    chunks.map((chunk) => ({ fileName: chunk.fileName, code: chunk.code, modules: [...chunk.moduleIds] })),
    chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName),
    (name) => (byName.get(name)?.imports ?? []).filter((next) => byName.has(next)),
  );
};

const esbuildBundle: BundleFn = async (dir, entry) => {
  const outdir = join(dir, 'esbuild-out');
  const result = await esbuild({
    absWorkingDir: dir,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    outdir,
    metafile: true,
    external: PEERS,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const outputs: Metafile['outputs'] = result.metafile.outputs;
  const code = new Map(result.outputFiles.map((file) => [relative(dir, file.path), file.text]));
  const jsNames = Object.keys(outputs).filter((name) => name.endsWith('.js'));
  return markInitial(
    jsNames.map((name) => ({
      fileName: relative(outdir, resolve(dir, name)),
      code: code.get(name) ?? '',
      modules: Object.keys(outputs[name]?.inputs ?? {}).map((input) => resolve(dir, input)),
    })),
    // Dynamic import() targets are entry points too; the page's entry is the one built from `entry`.
    jsNames
      .filter((name) => outputs[name]?.entryPoint === relative(dir, entry))
      .map((name) => relative(outdir, resolve(dir, name))),
    (fileName) =>
      (outputs[relative(dir, join(outdir, fileName))]?.imports ?? [])
        .filter((imported) => imported.kind === 'import-statement' && !imported.external)
        .map((imported) => relative(outdir, resolve(dir, imported.path))),
  );
};

/** The files bundled into a webpack module: a concatenated module's parts, else its own resource. */
function webpackModulePaths(module: webpack.Module): string[] {
  const parts = (module as { modules?: unknown }).modules;
  if (Array.isArray(parts)) return (parts as webpack.Module[]).flatMap(webpackModulePaths);
  const resource = (module as { resource?: unknown }).resource;
  return typeof resource === 'string' ? [resource] : [];
}

const webpackBundle: BundleFn = async (dir, entry) => {
  const outdir = join(dir, 'webpack-out');
  const compiler = webpack({
    mode: 'production',
    context: dir,
    entry,
    target: 'web',
    devtool: false,
    performance: false,
    output: { path: outdir, filename: '[name].js', chunkFilename: '[name].chunk.js', clean: true },
    externalsType: 'var',
    externals: Object.fromEntries(PEERS.map((name, index) => [name, `peer${index}`])),
  });
  const stats = await new Promise<webpack.Stats>((done, fail) =>
    compiler.run((error, result) => {
      compiler.close(() => undefined);
      if (error || !result) fail(error ?? new Error('webpack returned no stats'));
      else if (result.hasErrors()) fail(new Error(result.toString({ all: false, errors: true })));
      else done(result);
    }),
  );
  const { compilation } = stats;
  return [...compilation.chunks].flatMap((chunk) =>
    [...chunk.files]
      .filter((file) => file.endsWith('.js'))
      .map((file) => ({
        fileName: file,
        code: readFileSync(join(outdir, file), 'utf8'),
        modules: compilation.chunkGraph.getChunkModules(chunk).flatMap(webpackModulePaths),
        initial: chunk.canBeInitial(),
      })),
  );
};

export const bundle: Readonly<Record<Bundler, BundleFn>> = { vite, esbuild: esbuildBundle, webpack: webpackBundle };
