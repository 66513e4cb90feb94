/**
 * The SumSub WebSDK stand-in in real Chromium, driven by the REAL `@sumsub/websdk-react` 2.9 (bundled
 * into a host page with Vite): the host is on `http://localhost:P`, the sandbox on `http://127.0.0.1:Q`,
 * so every message crosses origins as it does in production.
 */
import { mkdir } from 'node:fs/promises';
import axe from 'axe-core';
import type { Browser, ConsoleMessage, Frame, Page } from 'playwright-core';
import { createSandbox } from '../../src/sandbox/engine/createSandbox';
import { startSandboxServer } from '../../src/sandbox/server';
import type { SandboxServer } from '../../src/sandbox/server';
import type { HostLog } from './websdkHost/main';
import { buildAndServeHost } from './websdkHost/serveHost';
import type { HostServer } from './websdkHost/serveHost';
import { launchChromium } from '../support/chromium';

interface Seeded {
  legal_entity_uuid: string;
  client_uuid: string;
  application_uuid: string;
}

let sandbox: SandboxServer;
let host: HostServer;
let browser: Browser;

beforeAll(async () => {
  [sandbox, host] = await Promise.all([
    startSandboxServer({ sandbox: createSandbox({ seed: 11 }) }),
    buildAndServeHost(),
  ]);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([sandbox?.close(), host?.close()]);
});

afterEach(() => {
  sandbox.sandbox.setFaults(undefined);
});

async function seedDraft(): Promise<Seeded> {
  const response = await fetch(`${sandbox.url}/__sandbox/scenarios/draft`, { method: 'POST' });
  return (await response.json()) as Seeded;
}

async function attributeValue(ids: Seeded, key: string): Promise<string> {
  const query = new URLSearchParams({ legal_entity_uuid: ids.legal_entity_uuid, client_uuid: ids.client_uuid });
  const response = await fetch(`${sandbox.url}/v1/kyc/${ids.application_uuid}/attributes/${key}/?${query}`);
  return ((await response.json()) as { value: string }).value;
}

/** A page that records failed requests, CSP violations and script errors from every frame. */
async function openPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
}

async function openHost(page: Page, ids: Seeded, token: string, config?: Record<string, unknown>): Promise<Frame> {
  const query = new URLSearchParams({
    api: sandbox.url,
    token,
    app: ids.application_uuid,
    le: ids.legal_entity_uuid,
    client: ids.client_uuid,
    ...(config ? { config: JSON.stringify(config) } : {}),
  });
  await page.goto(`${host.url}/?${query}`);
  const iframe = await page.waitForSelector('.sumsub-host iframe');
  const frame = await iframe.contentFrame();
  if (!frame) throw new Error('the SDK iframe has no frame');
  return frame;
}

const hostLog = (page: Page): Promise<HostLog> => page.evaluate(() => window.hostLog);
const bodyData = (frame: Frame, name: string): Promise<string | null> =>
  frame.locator('body').getAttribute(`data-${name}`);
const messageTypes = (log: HostLog): string[] => log.messages.map((message) => message.type);

describe('SumSub WebSDK stand-in with the real SDK', () => {
  it('initialises, renews a token that expires while open exactly once without reloading, and reports the finished check', async () => {
    const ids = await seedDraft();
    const token = await attributeValue(ids, 'sumsub_liveness_check_token');
    const { page, problems } = await openPage();
    const frameLoads: string[] = [];
    page.on('framenavigated', (navigated) => {
      // The SDK appends the iframe before setting its src, so it starts on about:blank.
      if (navigated !== page.mainFrame() && navigated.url() !== 'about:blank') frameLoads.push(navigated.url());
    });
    const frame = await openHost(page, ids, token);

    await frame.waitForSelector('body[data-state="ready"]');
    const iframe = page.locator('.sumsub-host iframe');
    expect(await iframe.getAttribute('src')).toBe(`${sandbox.url}/websdk/websdk.html?_=id_${btoa(token)}`);
    expect(messageTypes(await hostLog(page))).toEqual(
      expect.arrayContaining(['idCheck.onReady', 'idCheck.onInitialized']),
    );
    expect(await bodyData(frame, 'token-suffix')).toBe(token.slice(-6));
    // The frame reports its height and the SDK applies it to the iframe.
    await page.waitForFunction(() =>
      /^\d+px$/.test(document.querySelector<HTMLIFrameElement>('.sumsub-host iframe')?.style.height ?? ''),
    );
    await iframe.evaluate((element) => element.setAttribute('data-test-mark', 'original'));

    await frame.getByRole('button', { name: 'Start' }).click();
    await frame.waitForSelector('body[data-state="camera"]');

    const expired = await fetch(`${sandbox.url}/__sandbox/liveness/tokens/${token}/expire`, { method: 'POST' });
    expect(expired.status).toBe(204);
    await frame.waitForSelector('body[data-token-updates="1"][data-state="camera"]');

    const renewed = await hostLog(page);
    expect(renewed.expirationCalls).toBe(1);
    expect(renewed.renewedSuffixes).toHaveLength(1);
    expect(await bodyData(frame, 'token-suffix')).toBe(renewed.renewedSuffixes[0]);
    expect(renewed.renewedSuffixes[0]).not.toBe(token.slice(-6));
    // The invalid-token error is the SDK's own business: it never reaches onError or onMessage.
    expect(renewed.errors).toEqual([]);
    expect(messageTypes(renewed)).not.toContain('idCheck.onError');

    // Two more validity checks of the new token pass without another renewal.
    const checks = Number(await bodyData(frame, 'token-checks'));
    await frame.waitForFunction((after) => Number(document.body.dataset.tokenChecks) >= after + 2, checks);
    expect((await hostLog(page)).expirationCalls).toBe(1);
    expect(await bodyData(frame, 'token-requests')).toBe('1');

    // Same iframe element, loaded once.
    expect(await page.locator('.sumsub-host iframe').count()).toBe(1);
    expect(await iframe.getAttribute('data-test-mark')).toBe('original');
    expect(frameLoads).toEqual([`${sandbox.url}/websdk/websdk.html?_=id_${btoa(token)}`]);

    await frame.getByRole('button', { name: 'Finish' }).click();
    await frame.waitForSelector('body[data-state="completed"]');
    await page.waitForFunction(() =>
      window.hostLog.messages.some((m) => m.type === 'idCheck.onApplicantStatusChanged'),
    );
    const finished = await hostLog(page);
    expect(messageTypes(finished)).toEqual(
      expect.arrayContaining(['idCheck.onApplicantSubmitted', 'idCheck.onApplicantStatusChanged']),
    );
    expect(finished.messages.find((m) => m.type === 'idCheck.onApplicantSubmitted')?.payload).toEqual({});
    const status = finished.messages.find((m) => m.type === 'idCheck.onApplicantStatusChanged')?.payload;
    expect(status).toMatchObject({ reviewStatus: 'completed', reviewResult: { reviewAnswer: 'GREEN' } });
    expect(status).not.toHaveProperty('sessionId');

    // The sandbox recorded the check as done.
    const query = new URLSearchParams({ legal_entity_uuid: ids.legal_entity_uuid, client_uuid: ids.client_uuid });
    const application = await (
      await fetch(`${sandbox.url}/v1/kyc/${ids.application_uuid}/?${query}&empty_volatile_fields=true`)
    ).text();
    expect(application).toContain('"status":"completed"');

    await mkdir('artifacts', { recursive: true });
    await page.screenshot({ path: 'artifacts/websdk-stand-in-completed.png' });
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('given a token that expired before the frame opened / should get a new one through the SDK, then initialise', async () => {
    const ids = await seedDraft();
    const token = await attributeValue(ids, 'sumsub_liveness_check_token');
    expect(sandbox.sandbox.expireLivenessToken(token)).toBe(true);
    const { page, problems } = await openPage();
    const frame = await openHost(page, ids, token);

    await frame.waitForSelector('body[data-state="ready"][data-token-updates="1"]');
    const log = await hostLog(page);
    expect(log.expirationCalls).toBe(1);
    expect(messageTypes(log).filter((type) => type === 'idCheck.onInitialized')).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it("given the host's language, theme and colours / should show what it received and take the colours", async () => {
    const ids = await seedDraft();
    const token = await attributeValue(ids, 'sumsub_liveness_check_token');
    const { page, problems } = await openPage();
    const frame = await openHost(page, ids, token, {
      lang: 'ar',
      theme: 'dark',
      uiConf: { customCssStr: ':root { --kyc-color-primary: #8fb0ff; --kyc-color-on-primary: #0b1530; }' },
    });

    await frame.waitForSelector('body[data-state="ready"]');
    expect(await page.locator('.sumsub-host iframe').getAttribute('src')).toContain('&theme=dark');
    expect(await bodyData(frame, 'lang')).toBe('ar');
    expect(await bodyData(frame, 'theme')).toBe('dark');
    expect(await bodyData(frame, 'accent')).toBe('#8fb0ff');
    expect(await frame.getByText('Received: language ar, dark theme.').isVisible()).toBe(true);
    const start = frame.getByRole('button', { name: 'Start' });
    expect(await start.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(143, 176, 255)');
    expect(problems).toEqual([]); // colours applied through the CSSOM, under the page's strict CSP
    await page.close();
  }, 30_000);

  it('given every token it gets is refused / should ask the SDK for another each time, as SumSub does', async () => {
    const ids = await seedDraft();
    const token = await attributeValue(ids, 'sumsub_liveness_check_token');
    const { page } = await openPage();
    await page.route('**/__sandbox/liveness/tokens/*', (route) =>
      route.fulfill({ json: { valid: false, reason: 'unknown' } }),
    );
    await openHost(page, ids, token);

    // The host here renews blindly; the widget's own refresher is what stops this (see test/e2e/liveness).
    await page.waitForFunction(() => window.hostLog.expirationCalls >= 3);
    await page.close();
  }, 30_000);

  it('given the host cannot renew the token / should say the session cannot continue', async () => {
    const ids = await seedDraft();
    const token = await attributeValue(ids, 'sumsub_liveness_check_token');
    expect(sandbox.sandbox.expireLivenessToken(token)).toBe(true);
    sandbox.sandbox.setFaults({ routes: { getAttribute: { failureRate: 1 } } });
    const { page } = await openPage();
    const frame = await openHost(page, ids, token);

    await frame.waitForSelector('body[data-state="token-error"]');
    expect((await hostLog(page)).expirationCalls).toBe(1);
    expect(await frame.getByRole('heading', { name: 'Cannot continue' }).isVisible()).toBe(true);
    await page.close();
  }, 30_000);
});

describe('standalone liveness page', () => {
  it('completes the check from the URL attribute and tells the client to close the tab', async () => {
    const ids = await seedDraft();
    const link = await attributeValue(ids, 'sumsub_liveness_check_url');
    const token = new URL(link).searchParams.get('token') ?? '';
    const { page, problems } = await openPage();
    await page.goto(link);

    await page.waitForSelector('body[data-state="ready"]');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Liveness check (sandbox)');
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async () => {
      const results = await (window as unknown as { axe: typeof axe }).axe.run(document);
      return results.violations.map((violation) => violation.id);
    });
    expect(violations).toEqual([]);

    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.waitForSelector('body[data-state="completed"]');
    expect(await page.getByRole('status').textContent()).toContain('You can close this tab');
    // The page shows which token it holds by its last 6 characters only.
    expect(await page.locator('body').getAttribute('data-token-suffix')).toBe(token.slice(-6));
    expect(await page.locator('body').innerHTML()).not.toContain(token);
    const query = new URLSearchParams({ legal_entity_uuid: ids.legal_entity_uuid, client_uuid: ids.client_uuid });
    const application = await (
      await fetch(`${sandbox.url}/v1/kyc/${ids.application_uuid}/?${query}&empty_volatile_fields=true`)
    ).text();
    expect(application).toContain('"status":"completed"');
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('given an expired link / should say so instead of starting', async () => {
    const ids = await seedDraft();
    const link = await attributeValue(ids, 'sumsub_liveness_check_url');
    expect(sandbox.sandbox.expireLivenessToken(new URL(link).searchParams.get('token') ?? '')).toBe(true);
    const { page } = await openPage();
    await page.goto(link);

    await page.waitForSelector('body[data-state="token-error"]');
    expect(await page.getByRole('status').textContent()).toBe('This link has expired or is not valid.');
    expect(await page.getByRole('button', { name: 'Start' }).isVisible()).toBe(false);
    await page.close();
  }, 30_000);
});
