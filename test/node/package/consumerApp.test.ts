/**
 * A new partner app on React 19 installs the packed package from its tarball with msw 3 and TypeScript 6
 * from the npm registry, the way `npm i react-kyc-flow msw` would: the install resolves, a partner file
 * type-checks with side-effect imports checked (the stylesheet import included), the msw mount serves
 * the API through msw 3, and a Vite build of the app renders `<KycProvider>` and a hook without a
 * `QueryClientProvider`, on the in-browser sandbox mounted as a `fetch` (no msw in the bundle).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { type Browser } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../support/chromium';
import { builtPackage } from './builtPackage';
import {
  CONSUMER_CONTROL,
  CONSUMER_MAIN,
  CONSUMER_PARTNER_FILE,
  CONSUMER_TSCONFIG,
  SANDBOX_THROUGH_MSW,
} from './consumerFiles';

const run = promisify(execFile);

interface Consumer {
  dir: string;
  /** What `npm install` printed when it failed; undefined when it worked. */
  installError: string | undefined;
}

/** The partner app, installed once per tarball (the registry is asked only then). */
async function consumerApp(tarball: string): Promise<Consumer> {
  const key = createHash('sha256').update(readFileSync(tarball)).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `react-kyc-flow-consumer-${key}`);
  const installed = join(dir, 'node_modules/.package-lock.json');
  if (!existsSync(installed)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const manifest = {
      name: 'partner-app',
      private: true,
      type: 'module',
      dependencies: {
        react: '^19.0.0',
        'react-dom': '^19.0.0',
        '@tanstack/react-query': '^5.0.0',
        'react-kyc-flow': `file:${tarball}`,
      },
      devDependencies: {
        msw: '^3.0.0',
        typescript: '^6.0.0',
        '@types/react': '^19.0.0',
        '@types/react-dom': '^19.0.0',
      },
    };
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
    try {
      // No --legacy-peer-deps: a peer range that refuses msw 3 fails here, as it would for the partner.
      await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], {
        cwd: dir,
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
      return { dir, installError: String((error as { stderr?: string }).stderr ?? error) };
    }
  }
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'tsconfig.json'), CONSUMER_TSCONFIG);
  writeFileSync(join(dir, 'src/partner.tsx'), CONSUMER_PARTNER_FILE);
  writeFileSync(join(dir, 'src/control.ts'), CONSUMER_CONTROL);
  writeFileSync(join(dir, 'src/plain.css'), 'p { margin: 0; }\n');
  writeFileSync(join(dir, 'main.js'), CONSUMER_MAIN);
  writeFileSync(join(dir, 'sandboxThroughMsw.js'), SANDBOX_THROUGH_MSW);
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><body><main id="root"></main><script type="module" src="./main.js"></script></body></html>',
  );
  return { dir, installError: undefined };
}

function serveStatic(root: string): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = join(root, path === '/' ? 'index.html' : path);
    if (!file.startsWith(root) || !existsSync(file)) return void response.writeHead(404).end();
    response
      .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://localhost:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

let consumer: Consumer;
let browser: Browser | undefined;
let site: { server: Server; url: string } | undefined;

beforeAll(async () => {
  const { tarball } = await builtPackage();
  consumer = await consumerApp(tarball);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  site?.server.close();
});

describe('a new partner app: React 19, msw 3, TypeScript 6', () => {
  it('given msw 3 beside the package / should install without a peer dependency conflict', () => {
    expect(consumer.installError).toBeUndefined();
    const msw = JSON.parse(readFileSync(join(consumer.dir, 'node_modules/msw/package.json'), 'utf8')) as {
      version: string;
    };
    expect(msw.version).toMatch(/^3\./);
  });

  it('given noUncheckedSideEffectImports / should type-check the stylesheet import, the hooks, both sandbox mounts and <kyc-flow>', async () => {
    const tsc = join(consumer.dir, 'node_modules/typescript/bin/tsc');
    const { version } = JSON.parse(
      readFileSync(join(consumer.dir, 'node_modules/typescript/package.json'), 'utf8'),
    ) as { version: string };
    expect(version).toMatch(/^6\./);
    let output = '';
    try {
      await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: consumer.dir });
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    // The check is on (the control file's stylesheet has no declaration), and nothing else fails.
    const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
    expect(errors).toEqual([expect.stringMatching(/^src\/control\.ts\(\d+,\d+\): error TS2882:/)]);
  }, 120_000);

  it('given msw 3 / should serve the API to the widget client through createSandboxHandlers from react-kyc-flow/sandbox/msw', async () => {
    const { stdout } = await run(process.execPath, ['sandboxThroughMsw.js'], { cwd: consumer.dir });
    expect(JSON.parse(stdout)).toEqual({ mswMajor: '3', levels: 2, hasApplication: false });
  });

  it('given a Vite build / should render <KycProvider> and useLevelInfo without a QueryClientProvider, on the sandbox as a fetch, without msw in the bundle', async () => {
    const output = (await build({
      root: consumer.dir,
      configFile: false,
      logLevel: 'error',
      build: { outDir: join(consumer.dir, 'dist'), emptyOutDir: true },
    })) as Rollup.RollupOutput;
    const modules = output.output.flatMap((item) => (item.type === 'chunk' ? Object.keys(item.modules) : []));
    expect(modules.some((id) => id.includes('/react-kyc-flow/dist/sandbox/'))).toBe(true);
    expect(modules.filter((id) => id.includes('/node_modules/msw/'))).toEqual([]);

    site = await serveStatic(join(consumer.dir, 'dist'));
    browser = await launchChromium();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(site.url);
    await page.getByText('2 levels on offer, no application yet.').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
