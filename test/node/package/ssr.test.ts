import { builtPackage, type BuiltPackage } from './builtPackage';
import { runNodeModule } from './nodeScript';

let pkg: BuiltPackage;
beforeAll(async () => {
  pkg = await builtPackage();
}, 300_000);

describe('server rendering with the built package', () => {
  it('given a Next.js-style server import / should render <KycFlow> to HTML without touching the network', async () => {
    const result = await runNodeModule(
      pkg,
      `
      import { createElement } from 'react';
      import { renderToString } from 'react-dom/server';
      import { KycFlow } from 'react-kyc-flow';
      let calls = 0;
      const html = renderToString(createElement(KycFlow, {
        apiBaseUrl: 'https://partner.example/kyc',
        legalEntityUuid: '11111111-1111-4111-8111-111111111111',
        clientUuid: '22222222-2222-4222-8222-222222222222',
        fetch: async () => { calls += 1; throw new Error('no network on the server'); },
      }));
      process.stdout.write(JSON.stringify({ html, calls }));
    `,
    );
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.code).toBe(0);
    const { html, calls } = JSON.parse(result.stdout) as { html: string; calls: number };
    expect(html).toContain('class="kyc-root"');
    expect(html).toContain('role="status"');
    expect(html).toContain('Loading…');
    expect(calls).toBe(0);
  });

  it('given the React entry / should start with the "use client" directive so React Server Components treat it as a client module', async () => {
    const { readFileSync } = await import('node:fs');
    const first = readFileSync(`${pkg.dir}/dist/index.js`, 'utf8').split('\n')[0];
    expect(first).toMatch(/^["']use client["'];?$/);
  });
});
