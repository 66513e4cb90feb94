/**
 * Test support: builds the package exactly as `npm run build` does, but into a temporary directory (the
 * repository's dist/ is shared with whoever else builds), then packs it with `npm pack`. The directory
 * is keyed by a hash of everything that goes into the build, so the package tests of one run share
 * one build and a second run with unchanged sources reuses it.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

// import.meta.dirname, not import.meta.url: under the jsdom environment the latter is not a file: URL.
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export interface BuiltPackage {
  /** The package directory: package.json, README.md, CHANGELOG.md, LICENSE, dist/ and a node_modules link. */
  dir: string;
  /** The `npm pack` tarball of `dir`. */
  tarball: string;
  /** Paths inside the tarball, without the `package/` prefix. */
  packedFiles: string[];
}

const INPUTS = [
  'src',
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'vite.config.ts',
  'vite.standalone.config.ts',
  'scripts/buildPackage.ts',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
];

function listFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => listFiles(join(path, name)));
}

function inputsHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => listFiles(join(REPO_ROOT, input)))) {
    hash.update(relative(REPO_ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function buildInto(dir: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The same script as `npm run build`, in production mode whatever mode the test runner is in.
  await run(
    process.execPath,
    [join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(REPO_ROOT, 'scripts/buildPackage.ts'), join(dir, 'dist')],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  for (const file of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'])
    copyFileSync(join(REPO_ROOT, file), join(dir, file));
  // Lets `import('<dir>/dist/index.js')` find react & co. like an installed package would.
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], {
    cwd: dir,
    maxBuffer: 64 * 1024 * 1024,
  });
  const [packed] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  if (!packed) throw new Error('npm pack printed no result');
  writeFileSync(
    join(dir, 'pack.json'),
    JSON.stringify({ tarball: join(dir, packed.filename), packedFiles: packed.files.map((f) => f.path).sort() }),
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const PREFIX = 'react-kyc-flow-package-';

/** Builds of other sources, untouched for an hour, are removed. */
function removeStaleBuilds(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    const path = join(tmpdir(), name);
    if (!name.startsWith(PREFIX) || path === keep || path === `${keep}.lock`) continue;
    const since = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (since !== undefined && Date.now() - since > 3_600_000) rmSync(path, { recursive: true, force: true });
  }
}

/** Builds and packs the package once per set of inputs; concurrent test files wait for the first. */
export async function builtPackage(): Promise<BuiltPackage> {
  const dir = join(tmpdir(), `${PREFIX}${inputsHash()}`);
  removeStaleBuilds(dir);
  const ready = join(dir, 'pack.json');
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(ready)) {
      const { tarball, packedFiles } = JSON.parse(readFileSync(ready, 'utf8')) as Omit<BuiltPackage, 'dir'>;
      return { dir, tarball, packedFiles };
    }
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is building; a lock older than 5 minutes belongs to a run that died.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && Date.now() - since > 300_000) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      await buildInto(dir);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
