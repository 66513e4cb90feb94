import { builtPackage, type BuiltPackage } from './builtPackage';
import { runNodeModule } from './nodeScript';

let pkg: BuiltPackage;
beforeAll(async () => {
  pkg = await builtPackage();
}, 300_000);

describe('server rendering with the built package', () => {
  async function renderOnServer(preload: string | null): Promise<{ html: string; calls: number }> {
    const result = await runNodeModule(
      pkg,
      `
      import { createElement } from 'react';
      import { renderToString } from 'react-dom/server';
      import { KycFlow, loadMessages } from 'react-kyc-flow';
      const locale = ${JSON.stringify(preload ?? 'en')};
      if (${preload !== null}) await loadMessages(locale);
      let calls = 0;
      const html = renderToString(createElement(KycFlow, {
        apiBaseUrl: 'https://partner.example/kyc',
        locale,
        fetch: async () => { calls += 1; throw new Error('no network on the server'); },
      }));
      process.stdout.write(JSON.stringify({ html, calls }));
    `,
    );
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as { html: string; calls: number };
  }

  it('given a Next.js-style server import / should render <KycFlow> without touching the network, empty until its words are loaded', async () => {
    const { html, calls } = await renderOnServer(null);
    expect(html).toBe('');
    expect(calls).toBe(0);
  });

  it('given loadMessages awaited before the server render / should render the loading state in that language', async () => {
    const english = await renderOnServer('en');
    expect(english.html).toContain('class="kyc-root"');
    expect(english.html).toContain('role="status"');
    expect(english.html).toContain('Loading…');
    expect(english.calls).toBe(0);
    const german = await renderOnServer('de');
    expect(german.html).toContain('lang="de"');
    expect(german.html).toContain('Wird geladen…');
  });

  it('given the React entry / should start with the "use client" directive so React Server Components treat it as a client module', async () => {
    const { readFileSync } = await import('node:fs');
    const first = readFileSync(`${pkg.dir}/dist/index.js`, 'utf8').split('\n')[0];
    expect(first).toMatch(/^["']use client["'];?$/);
  });
});
