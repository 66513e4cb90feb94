/**
 * The two sandbox entries of the built package in plain Node: `react-kyc-flow/sandbox` loads where msw is
 * not installed and serves the widget's client as a `fetch`; `react-kyc-flow/sandbox/msw` mounts it in
 * msw 2 (this repository's; consumerApp.test.ts does msw 3).
 */
import { builtPackage, type BuiltPackage } from './builtPackage';
import { runNodeModule } from './nodeScript';

let pkg: BuiltPackage;
beforeAll(async () => {
  pkg = await builtPackage();
}, 300_000);

/** Makes `msw` (and its subpaths) unresolvable in the Node process, as in an app that never installed it. */
const WITHOUT_MSW = `
  import { registerHooks } from 'node:module';
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === 'msw' || specifier.startsWith('msw/')) {
        const error = new Error(\`Cannot find package '\${specifier}'\`);
        error.code = 'ERR_MODULE_NOT_FOUND';
        throw error;
      }
      return nextResolve(specifier, context);
    },
  });
`;

describe('the sandbox entries of the built package', () => {
  it('given an app without msw / react-kyc-flow/sandbox should load and answer the widget client through createSandboxFetch', async () => {
    const result = await runNodeModule(
      pkg,
      `${WITHOUT_MSW}
      const mswImport = await import('msw').then(() => 'found', (error) => error.code);
      const { createSandbox, createSandboxFetch } = await import('react-kyc-flow/sandbox');
      const { createKycClient } = await import('react-kyc-flow');
      const baseUrl = 'https://partner.example/kyc';
      const sandbox = createSandbox({ seed: 1 });
      const { legalEntityUuid, clientUuid } = sandbox.seed('in_review');
      const client = createKycClient({ baseUrl, legalEntityUuid, clientUuid, fetch: createSandboxFetch(sandbox, { baseUrl }) });
      const info = await client.getLevelInfo();
      const application = await client.getApplication(info.last_kyc_application_uuid);
      process.stdout.write(JSON.stringify({ mswImport, status: application.status }));
    `,
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ mswImport: 'ERR_MODULE_NOT_FOUND', status: 'in_review' });
  });

  it('given msw 2 / react-kyc-flow/sandbox/msw should serve the API to the widget client through msw/node', async () => {
    const result = await runNodeModule(
      pkg,
      `
      import { setupServer } from 'msw/node';
      import { createKycClient } from 'react-kyc-flow';
      import { createSandbox } from 'react-kyc-flow/sandbox';
      import { createSandboxHandlers } from 'react-kyc-flow/sandbox/msw';
      const baseUrl = 'https://partner.example/kyc';
      const sandbox = createSandbox({ seed: 1 });
      const { legalEntityUuid, clientUuid } = sandbox.seed('approved');
      const server = setupServer(...createSandboxHandlers(sandbox, { baseUrl }));
      server.listen({ onUnhandledRequest: 'error' });
      const client = createKycClient({ baseUrl, legalEntityUuid, clientUuid });
      const info = await client.getLevelInfo();
      const application = await client.getApplication(info.last_kyc_application_uuid);
      server.close();
      const { createRequire } = await import('node:module');
      const { version } = createRequire(import.meta.url)('msw/package.json');
      process.stdout.write(JSON.stringify({ mswMajor: version.split('.')[0], status: application.status }));
    `,
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ mswMajor: '2', status: 'approved' });
  });
});
