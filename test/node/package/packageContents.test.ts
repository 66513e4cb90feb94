import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { builtPackage, REPO_ROOT, type BuiltPackage } from './builtPackage';
import { consumerDir, runNodeModule } from './nodeScript';
import { measureConsumerBundle } from '../../../scripts/size';

let pkg: BuiltPackage;
beforeAll(async () => {
  pkg = await builtPackage();
}, 300_000);

describe('the packed package', () => {
  it('given npm pack / should ship the build, the readme, the changelog and the licence, and no sources or tests', () => {
    const outside = pkg.packedFiles.filter(
      (file) => !file.startsWith('dist/') && !['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'].includes(file),
    );
    expect(outside).toEqual([]);
    expect(pkg.packedFiles).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/index.d.ts',
        'LICENSE',
        'dist/sandbox/index.js',
        'dist/sandbox/index.d.ts',
        'dist/fields.js',
        'dist/fields.d.ts',
        'dist/sandbox/msw.js',
        'dist/sandbox/msw.d.ts',
        'dist/sandbox/server/index.js',
        'dist/sandbox/server/index.d.ts',
        'dist/server/index.js',
        'dist/server/index.d.ts',
        'dist/styles.css',
        'dist/styles.css.d.ts',
        'dist/standalone/kyc-flow.js',
        'dist/standalone/index.d.ts',
      ]),
    );
    expect(pkg.packedFiles.filter((file) => /\.test\.|mockServiceWorker|test-utils/.test(file))).toEqual([]);
  });

  it('given the registry page / should link the repository, home page and issues, name keywords and carry an MIT licence', () => {
    const manifest = JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      license: 'MIT',
      repository: { type: 'git', url: expect.stringMatching(/^git\+https:\/\/github\.com\/.+\.git$/) },
      homepage: expect.stringMatching(/^https:\/\//),
      bugs: { url: expect.stringMatching(/^https:\/\/.+\/issues$/) },
      keywords: expect.arrayContaining(['react', 'kyc']),
    });
    const licence = readFileSync(join(pkg.dir, 'LICENSE'), 'utf8');
    expect(licence).toMatch(/^MIT License/);
    expect(licence).toContain('react-kyc-flow contributors');
  });

  it('given publint / should report nothing, not even suggestions', async () => {
    const bytes = readFileSync(pkg.tarball);
    const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const { messages } = await publint({ level: 'suggestion', strict: true, pack: { tarball } });
    expect(messages).toEqual([]);
  });

  it('given arethetypeswrong (ESM-only profile) / should find every entry typed for Node 16+ ESM and bundlers, and the server entry for Node only', async () => {
    const attw = join(REPO_ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js');
    // Into a file, not a pipe: attw exits (1 when it finds problems; the JSON says which) without waiting
    // for a pipe to drain, which cut its report at 128 KB.
    const reportFile = join(pkg.dir, `attw-${process.pid}.json`);
    const fd = openSync(reportFile, 'w');
    await new Promise<void>((resolve, reject) => {
      const args = [
        attw,
        pkg.tarball,
        '--format',
        'json',
        '--profile',
        'esm-only',
        '--exclude-entrypoints',
        './styles.css',
      ];
      const child = spawn(process.execPath, args, { stdio: ['ignore', fd, 'inherit'] });
      child.on('error', reject);
      child.on('close', () => resolve());
    }).finally(() => closeSync(fd));
    const stdout = readFileSync(reportFile, 'utf8');
    const report = JSON.parse(stdout) as {
      analysis: {
        problems: Array<{ kind: string; entrypoint?: string; resolutionKind?: string }>;
        entrypoints: Record<
          string,
          { resolutions: Record<string, { resolution?: { fileName: string; isTypeScript: boolean } }> }
        >;
      };
    };
    const { problems, entrypoints } = report.analysis;
    const relevant = problems.filter((p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs');
    // The one expected "problem": a browser bundler cannot resolve the Node-only sandbox server, on purpose.
    const unexpected = relevant.filter(
      (p) => !(p.kind === 'NoResolution' && p.entrypoint === './sandbox/server' && p.resolutionKind === 'bundler'),
    );
    expect(unexpected).toEqual([]);
    for (const entry of ['.', './sandbox', './sandbox/msw', './server', './standalone']) {
      for (const kind of ['node16-esm', 'bundler']) {
        expect(entrypoints[entry]?.resolutions[kind]?.resolution?.isTypeScript, `${entry} / ${kind}`).toBe(true);
      }
    }
    expect(entrypoints['./sandbox/server']?.resolutions['node16-esm']?.resolution?.isTypeScript).toBe(true);
    expect(entrypoints['./sandbox/server']?.resolutions['bundler']?.resolution).toBeUndefined();
  }, 120_000);

  it('given a partner importing react-kyc-flow/styles.css / should get one stylesheet with every component stylesheet inlined', () => {
    const built = readFileSync(join(pkg.dir, 'dist/styles.css'), 'utf8');
    expect(built).not.toMatch(/@import/);
    const entry = readFileSync(join(REPO_ROOT, 'src/styles.css'), 'utf8');
    const imported = [...entry.matchAll(/@import\s+['"](.+?)['"]/g)].map((m) => m[1] ?? '');
    expect(imported.length).toBeGreaterThan(0);
    for (const file of imported) {
      const classes = new Set(readFileSync(join(REPO_ROOT, 'src', file), 'utf8').match(/\.kyc-[\w-]+/g) ?? []);
      expect(classes.size, file).toBeGreaterThan(0);
      const missing = [...classes].filter((name) => !built.includes(name));
      expect(missing, file).toEqual([]);
    }
  });

  it('given the Node-only sandbox server / should import in Node and fail to resolve in a browser bundle', async () => {
    const inNode = await runNodeModule(
      pkg,
      `
      const server = await import('react-kyc-flow/sandbox/server');
      process.stdout.write(typeof server.startSandboxServer);
    `,
    );
    expect(inNode.stdout).toBe('function');
    const browserApp =
      "import { startSandboxServer } from 'react-kyc-flow/sandbox/server';\nglobalThis.s = startSandboxServer;\n";
    await expect(measureConsumerBundle(consumerDir(pkg), { source: browserApp })).rejects.toThrow(
      /"\.\/sandbox\/server" is not exported under the conditions \[[^\]]*"browser"/,
    );
  });
});
