/**
 * Test support: the files of the partner app in consumerApp.test.ts, written as a partner would.
 */

/** TypeScript as a partner's Vite app sets it, with side-effect imports checked and our declarations too. */
export const CONSUMER_TSCONFIG = JSON.stringify(
  {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      module: 'ESNext',
      moduleResolution: 'Bundler',
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      noUncheckedSideEffectImports: true,
      skipLibCheck: false,
      types: [],
    },
    include: ['src'],
  },
  null,
  2,
);

/** A stylesheet without a declaration: the one import the check must refuse. */
export const CONSUMER_CONTROL = `import './plain.css';\nexport {};\n`;

/** Everything a partner types against: the stylesheet, hooks, response types, both sandbox mounts, the element. */
export const CONSUMER_PARTNER_FILE = `import 'react-kyc-flow/styles.css';
import { KycProvider, useApplication, useLevelInfo, type Application } from 'react-kyc-flow';
import { createSandbox, createSandboxFetch } from 'react-kyc-flow/sandbox';
import { createSandboxHandlers } from 'react-kyc-flow/sandbox/msw';
import type {} from 'react-kyc-flow/standalone';
import type { HttpHandler } from 'msw';

export function Status() {
  const { data: info } = useLevelInfo();
  const { data: application } = useApplication(info?.last_kyc_application_uuid);
  return <p>{application ? describe(application) : 'Loading'}</p>;
}

function describe(application: Application): string {
  // @ts-expect-error -- the contract's fields only: a misspelt field is an error, not unknown
  const misspelt: unknown = application.stauts;
  return \`\${application.kyc_level.name}: \${String(application.status)} \${String(misspelt)}\`;
}

const sandbox = createSandbox({ seed: 1 });
const ids = sandbox.seed('new');
export const handlers: HttpHandler[] = createSandboxHandlers(sandbox, { baseUrl: '/kyc' });

export function Page() {
  const fetch = createSandboxFetch(sandbox, { baseUrl: '/kyc' });
  return (
    <KycProvider apiBaseUrl="/kyc" legalEntityUuid={ids.legalEntityUuid} clientUuid={ids.clientUuid} fetch={fetch}>
      <Status />
      <kyc-flow api-base-url="/kyc" legal-entity-uuid={ids.legalEntityUuid} client-uuid={ids.clientUuid} options={{ locale: 'de' }} />
      {/* @ts-expect-error -- options are typed */}
      <kyc-flow api-base-url="/kyc" options={{ locale: 7 }} />
    </KycProvider>
  );
}

const element = document.querySelector('kyc-flow');
element?.addEventListener('kyc-complete', (event) => {
  const status: 'approved' | 'rejected' = event.detail.status;
  console.info(status);
});
element?.addEventListener('kyc-event', (event) => console.info(event.detail.type));
if (element) element.options = { locale: 'fr' };
`;

/** The partner's page: its own layout in <KycProvider>, no QueryClientProvider, the sandbox as a fetch. */
export const CONSUMER_MAIN = `
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { KycProvider, useLevelInfo } from 'react-kyc-flow';
import { createSandbox, createSandboxFetch } from 'react-kyc-flow/sandbox';
import 'react-kyc-flow/styles.css';

const api = 'https://partner.example/kyc';
const sandbox = createSandbox({ seed: 1 });
const { legalEntityUuid, clientUuid } = sandbox.seed('new');

function Levels() {
  const { data, error } = useLevelInfo();
  if (error) return h('p', null, 'Could not load: ' + error.message);
  if (!data) return h('p', null, 'Loading');
  const application = data.last_kyc_application_uuid ? 'an application' : 'no application yet';
  return h('p', null, data.available_levels_for_upgrade.length + ' levels on offer, ' + application + '.');
}

createRoot(document.getElementById('root')).render(
  h(KycProvider, { apiBaseUrl: api, legalEntityUuid, clientUuid, fetch: createSandboxFetch(sandbox, { baseUrl: api }) }, h(Levels)),
);
`;

/** A partner's Node test set-up: msw's server with the sandbox's handlers, read through the widget's client. */
export const SANDBOX_THROUGH_MSW = `
import { readFileSync } from 'node:fs';
import { setupServer } from 'msw/node';
import { createKycClient } from 'react-kyc-flow';
import { createSandbox } from 'react-kyc-flow/sandbox';
import { createSandboxHandlers } from 'react-kyc-flow/sandbox/msw';

const baseUrl = 'https://partner.example/kyc';
const sandbox = createSandbox({ seed: 1 });
const { legalEntityUuid, clientUuid } = sandbox.seed('new');
const server = setupServer(...createSandboxHandlers(sandbox, { baseUrl }));
server.listen({ onUnhandledRequest: 'error' });
const info = await createKycClient({ baseUrl, legalEntityUuid, clientUuid }).getLevelInfo();
server.close();
const msw = JSON.parse(readFileSync('node_modules/msw/package.json', 'utf8'));
process.stdout.write(JSON.stringify({
  mswMajor: msw.version.split('.')[0],
  levels: info.available_levels_for_upgrade.length,
  hasApplication: Boolean(info.last_kyc_application_uuid),
}));
`;
