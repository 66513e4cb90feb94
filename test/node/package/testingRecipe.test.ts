/**
 * The testing recipes of docs/reference.md, run exactly as written: each code block after a
 * `<!-- recipe:name -->` marker becomes a test file of a partner's project that has the packed package
 * installed, and Vitest runs it (its own process, jsdom) against the built package. A recipe that no
 * longer works fails here, not in a partner's CI.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { builtPackage, REPO_ROOT, type BuiltPackage } from './builtPackage';

const run = promisify(execFile);

/** The code of each `<!-- recipe:name -->` block of the reference, by name. */
function recipes(): Map<string, string> {
  const reference = readFileSync(join(REPO_ROOT, 'docs/reference.md'), 'utf8');
  const found = new Map<string, string>();
  for (const match of reference.matchAll(/<!-- recipe:([\w-]+) -->\n```tsx\n([\s\S]*?)\n```/g)) {
    found.set(match[1] ?? '', `${match[2] ?? ''}\n`);
  }
  return found;
}

let pkg: BuiltPackage;
let project: string;
beforeAll(async () => {
  pkg = await builtPackage();
  // Inside the package directory, whose node_modules links the repository's (vitest, jsdom, msw, React),
  // with react-kyc-flow itself resolved through its exports like an installed package.
  project = join(pkg.dir, `recipes-${process.pid}`);
  rmSync(project, { recursive: true, force: true });
  mkdirSync(join(project, 'node_modules'), { recursive: true });
  symlinkSync(pkg.dir, join(project, 'node_modules/react-kyc-flow'), 'dir');
}, 300_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

async function runRecipe(name: string): Promise<{ code: number; output: string }> {
  const code = recipes().get(name);
  if (!code) throw new Error(`docs/reference.md has no recipe:${name} block`);
  writeFileSync(join(project, `${name}.test.tsx`), code);
  const vitest = join(REPO_ROOT, 'node_modules/vitest/vitest.mjs');
  try {
    const { stdout, stderr } = await run(process.execPath, [vitest, 'run', '--root', project, `${name}.test.tsx`], {
      cwd: project,
      env: { ...process.env, CI: 'true', NODE_ENV: 'test' },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, output: `${failed.stdout}${failed.stderr}` };
  }
}

describe('the testing recipes of docs/reference.md', () => {
  it('given the sandbox as a fetch / should pass in a partner project with the packed package', async () => {
    const result = await runRecipe('sandbox-fetch');
    expect(result.output).toMatch(/1 passed/);
    expect(result.code).toBe(0);
  }, 120_000);

  it('given the sandbox mounted in msw / should pass in a partner project with the packed package', async () => {
    const result = await runRecipe('msw');
    expect(result.output).toMatch(/1 passed/);
    expect(result.code).toBe(0);
  }, 120_000);
});
