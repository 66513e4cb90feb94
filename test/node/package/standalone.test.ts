/**
 * The standalone script (dist/standalone/kyc-flow.js, React inside) in real Chromium on a page that has
 * no React and no bundler, against the sandbox's HTTP server: the custom element and mountKycFlow show
 * the flow and leave nothing behind when they go.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { startSandboxServer, type SandboxServer } from '../../../src/sandbox/server';
import { builtPackage } from './builtPackage';
import { launchChromium } from '../../support/chromium';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner page without React</title>
<script type="module" src="/kyc-flow.js"></script></head><body><main><div id="mount"></div></main></body></html>`;

let sandbox: SandboxServer;
let host: Server;
let hostUrl: string;
let browser: Browser;

beforeAll(async () => {
  const pkg = await builtPackage();
  const script = readFileSync(join(pkg.dir, 'dist/standalone/kyc-flow.js'));
  host = createServer((request, response) => {
    if (request.url === '/kyc-flow.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  });
  await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
  sandbox = await startSandboxServer({ port: 0 });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
  await new Promise((resolve) => (host ? host.close(resolve) : resolve(undefined)));
});

async function openPartnerPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(hostUrl);
  await page.waitForFunction(() => customElements.get('kyc-flow') !== undefined);
  return { page, errors };
}

describe('the standalone script on a page without React', () => {
  it('given <kyc-flow> with the three attributes / should show the level choice with its styles, then empty itself when removed', async () => {
    const { legalEntityUuid, clientUuid } = sandbox.sandbox.seed('new');
    const { page, errors } = await openPartnerPage();
    await page.evaluate(
      ({ api, le, client }) => {
        const element = document.createElement('kyc-flow');
        element.setAttribute('api-base-url', api);
        element.setAttribute('legal-entity-uuid', le);
        element.setAttribute('client-uuid', client);
        document.getElementById('mount')?.append(element);
      },
      { api: sandbox.url, le: legalEntityUuid, client: clientUuid },
    );

    await page.getByRole('heading', { name: 'Choose a verification level' }).waitFor();
    // The stylesheet came with the script, as one constructed sheet (allowed by a strict CSP, unlike <style>).
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    expect(await page.locator('style').count()).toBe(0);
    expect(
      await page
        .locator('kyc-flow .kyc-root')
        .evaluate((root) => getComputedStyle(root).getPropertyValue('--kyc-color-primary').trim()),
    ).not.toBe('');

    const left = await page.evaluate(async () => {
      const element = document.querySelector('kyc-flow');
      element?.remove();
      await new Promise((resolve) => setTimeout(resolve, 0));
      return element?.childElementCount;
    });
    expect(left).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('given <kyc-flow> / should dispatch every event of the onEvent stream as a bubbling kyc-event', async () => {
    const { legalEntityUuid, clientUuid } = sandbox.sandbox.seed('draft');
    const { page, errors } = await openPartnerPage();
    await page.evaluate(
      ({ api, le, client }) => {
        const seen: unknown[] = [];
        (window as unknown as { kycEvents: unknown[] }).kycEvents = seen;
        document.addEventListener('kyc-event', (event) => seen.push((event as CustomEvent).detail));
        const element = document.createElement('kyc-flow');
        element.setAttribute('api-base-url', api);
        element.setAttribute('legal-entity-uuid', le);
        element.setAttribute('client-uuid', client);
        document.getElementById('mount')?.append(element);
      },
      { api: sandbox.url, le: legalEntityUuid, client: clientUuid },
    );

    await page.locator('#mount form.kyc-form input').first().waitFor();
    const events = await page.evaluate(() => (window as unknown as { kycEvents: unknown[] }).kycEvents);
    expect(events).toContainEqual(expect.objectContaining({ type: 'application_loaded', status: 'draft' }));
    expect(events).toContainEqual(expect.objectContaining({ type: 'level_info_loaded', hasApplication: true }));
    expect(events).toContainEqual(expect.objectContaining({ type: 'step_changed', total: expect.any(Number) }));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('given mountKycFlow on a draft application / should show its first question, and unmount with the returned function', async () => {
    const { legalEntityUuid, clientUuid } = sandbox.sandbox.seed('draft');
    const { page, errors } = await openPartnerPage();
    // What a partner writes on their page (a module script, no bundler).
    await page.addScriptTag({
      type: 'module',
      content: `import { mountKycFlow } from '/kyc-flow.js';
        window.unmountKyc = mountKycFlow(document.getElementById('mount'), ${JSON.stringify({ apiBaseUrl: sandbox.url, legalEntityUuid, clientUuid })});`,
    });

    await page.locator('#mount form.kyc-form input').first().waitFor();

    const left = await page.evaluate(() => {
      (window as unknown as { unmountKyc: () => void }).unmountKyc();
      return document.getElementById('mount')?.childElementCount;
    });
    expect(left).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
