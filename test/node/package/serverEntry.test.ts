/**
 * The packed `react-kyc-flow/server` entry as partners get it: imported in plain Node it serves the proxy in
 * front of the sandbox's HTTP server (also taken from the package); bundled for an edge runtime it pulls in
 * no Node module, so a Worker or an edge route runs it as it is.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { builtPackage, type BuiltPackage } from './builtPackage';
import { consumerDir, runNodeModule } from './nodeScript';

let pkg: BuiltPackage;
beforeAll(async () => {
  pkg = await builtPackage();
}, 300_000);

describe('react-kyc-flow/server from the packed package', () => {
  it('given plain Node / should proxy the sandbox server for a signed-in customer, and refuse the rest', async () => {
    const result = await runNodeModule(
      pkg,
      `
      import http from 'node:http';
      import { createKycProxy, toNodeHandler } from 'react-kyc-flow/server';
      import { startSandboxServer } from 'react-kyc-flow/sandbox/server';
      const sandbox = await startSandboxServer({ port: 0 });
      const seeded = sandbox.sandbox.seed('in_review');
      const kyc = createKycProxy({
        apiBaseUrl: sandbox.url,
        basePath: '/kyc',
        getCredentials: () => ({ Authorization: 'Bearer partner' }),
        resolveClient: (request) =>
          request.headers.get('cookie') === 'session=1'
            ? { legalEntityUuid: seeded.legalEntityUuid, clientUuid: seeded.clientUuid }
            : null,
      });
      const server = http.createServer(toNodeHandler(kyc));
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const base = 'http://127.0.0.1:' + server.address().port + '/kyc/v1';
      const signedIn = { headers: { cookie: 'session=1' } };
      const info = await fetch(base + '/clients/kyc-level-info/', signedIn);
      const app = await fetch(base + '/kyc/' + seeded.applicationUuid + '/', signedIn);
      const anonymous = await fetch(base + '/clients/kyc-level-info/');
      const approve = await fetch(base + '/kyc/' + seeded.applicationUuid + '/approve/', { method: 'POST', ...signedIn });
      process.stdout.write(JSON.stringify({
        info: info.status,
        application: (await app.json()).status,
        anonymous: anonymous.status,
        approve: approve.status,
      }));
      server.close();
      await sandbox.close();
    `,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ info: 200, application: 'in_review', anonymous: 401, approve: 404 });
  });

  it('given a bundler targeting an edge runtime / should bundle the proxy without any Node module', async () => {
    const dir = mkdtempSync(join(consumerDir(pkg), 'edge-'));
    try {
      const entry = join(dir, 'worker.js');
      writeFileSync(
        entry,
        // Every export used, so nothing of the entry is left out by tree-shaking.
        `import * as server from 'react-kyc-flow/server';
        const kyc = server.createKycProxy({
          apiBaseUrl: 'https://kyc.provider.example',
          basePath: '/kyc',
          getCredentials: () => ({ Authorization: 'Bearer partner' }),
          resolveClient: () => null,
          store: server.createMemoryStore(),
          maxJsonBytes: server.DEFAULT_MAX_JSON_BYTES,
          maxUploadBytes: server.DEFAULT_MAX_UPLOAD_BYTES,
        });
        export const node = server.toNodeHandler(kyc);
        export default { fetch: kyc };`,
      );
      const warnings: string[] = [];
      const result = await build({
        configFile: false,
        root: dir,
        logLevel: 'silent',
        resolve: { conditions: ['workerd', 'worker', 'browser'] },
        build: {
          write: false,
          minify: false,
          lib: { entry, formats: ['es'], fileName: 'worker' },
          rollupOptions: { onwarn: (warning) => void warnings.push(warning.message) },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
      const code = outputs
        .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk')
        .map((chunk) => chunk.code)
        .join('\n');
      expect(code).toContain('createKycProxy');
      // A Node module would be bundled as Vite's stub that throws "externalized for browser compatibility".
      expect(code).not.toMatch(/from\s*["']node:|require\(|__vite[-_]browser[-_]external|externalized for browser/);
      expect(warnings.filter((message) => /externalized|node:/.test(message))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
