/**
 * Test support: runs an ES module snippet in a plain Node process (no vitest transform), from a
 * directory where `react-kyc-flow` is installed as a link to the built package, the way a partner's
 * server imports it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, symlinkSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BuiltPackage } from './builtPackage';

const run = promisify(execFile);

/** A directory whose node_modules holds `react-kyc-flow` (the built package) and the repo's packages. */
export function consumerDir(pkg: BuiltPackage): string {
  const dir = join(pkg.dir, 'consumer');
  const modules = join(dir, 'node_modules');
  if (!existsSync(join(modules, 'react-kyc-flow'))) {
    mkdirSync(modules, { recursive: true });
    try {
      symlinkSync(pkg.dir, join(modules, 'react-kyc-flow'), 'dir');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return dir;
}

export interface NodeRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runNodeModule(pkg: BuiltPackage, source: string): Promise<NodeRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', source], {
      cwd: consumerDir(pkg),
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : 1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? '',
    };
  }
}
