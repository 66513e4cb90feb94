/**
 * The liveness check in Chromium: one screen with Start, then the SumSub frame (the sandbox's stand-in,
 * framed by the real SDK) in the widget's language and theme; token expiry renewed into the same frame;
 * a frame that keeps refusing tokens never gets them minted in a loop; screenshots of every state at
 * 1280/375 px, light/dark, English/Arabic (artifacts/e2e/liveness-*.png).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { setFaults, shot, startE2eEnv } from './support/e2eEnv';
import type { E2eEnv } from './support/e2eEnv';
import { seedAtLiveness } from './support/seedAtLiveness';
import { serveWidgetPage } from './support/widgetPage';
import type { WidgetRecord } from './widget/main';
import type { WidgetPageServer } from './support/widgetPage';

let env: E2eEnv;
let widget: WidgetPageServer;
beforeAll(async () => {
  [env, widget] = await Promise.all([startE2eEnv(), serveWidgetPage()]);
});
afterAll(async () => {
  await Promise.all([env?.close(), widget?.close()]);
});

const FRAME = '.kyc-liveness__frame iframe';
const TOKEN_PATH = '/attributes/sumsub_liveness_check_token/';

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Token requests the widget made, with when they were sent. */
  tokenRequests: { at: number; renew: boolean }[];
  /** The tokens the sandbox handed out, in order. */
  tokens: string[];
  problems: string[];
}

async function openAtLiveness(
  browser: Browser,
  options: { width?: number; locale?: 'en' | 'ar'; theme?: 'light' | 'dark'; refuseTokens?: boolean } = {},
): Promise<Opened> {
  const { width = 1280, locale = 'en', theme = 'light', refuseTokens = false } = options;
  const ids = await seedAtLiveness(env);
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  const tokenRequests: Opened['tokenRequests'] = [];
  const tokens: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith(TOKEN_PATH))
      tokenRequests.push({ at: Date.now(), renew: url.searchParams.get('ttl_renew') === 'true' });
  });
  page.on('response', async (response) => {
    if (!new URL(response.url()).pathname.endsWith(TOKEN_PATH) || !response.ok()) return;
    const body = (await response.json().catch(() => null)) as { value?: string } | null; // null: the page closed
    if (body?.value) tokens.push(body.value);
  });
  if (refuseTokens) {
    // A SumSub that refuses every token: the stand-in asks the SDK for another each time, as SumSub does.
    await page.route('**/__sandbox/liveness/tokens/*', (route) =>
      route.request().method() === 'GET'
        ? route.fulfill({ json: { valid: false, reason: 'unknown' } })
        : route.fallback(),
    );
  }
  const query = new URLSearchParams({
    api: env.api.url,
    client: ids.client_uuid,
    le: ids.legal_entity_uuid,
    locale,
    theme,
  });
  await page.goto(`${widget.url}/?${query}`);
  await page.locator('.kyc-liveness[data-state="intro"]').waitFor();
  return { context, page, tokenRequests, tokens, problems };
}

/** How many tokens the sandbox has issued for the application of `token` (its control API). */
async function issued(token: string): Promise<number> {
  const response = await fetch(`${env.api.url}/__sandbox/liveness/tokens/${encodeURIComponent(token)}`);
  return ((await response.json()) as { issued?: number }).issued ?? 0;
}

const frameBody = (page: Page) => page.frameLocator(FRAME).locator('body');

describe('liveness', () => {
  it('given a phone / should show one screen with a full-width Start, then the frame in the widget language and theme', async () => {
    const { page, context, tokenRequests, problems } = await openAtLiveness(env.browser, {
      width: 375,
      locale: 'ar',
      theme: 'dark',
    });
    const field = page.getByRole('group', { name: /التقط صورة سيلفي بالفيديو/ });
    const start = field.getByRole('button', { name: 'ابدأ' });
    expect(await page.getByRole('button', { name: 'ابدأ' }).count()).toBe(1);
    const [button, region] = await Promise.all([start.boundingBox(), field.locator('.kyc-liveness').boundingBox()]);
    expect(Math.round(button?.width ?? 0)).toBe(Math.round(region?.width ?? -1));
    expect(tokenRequests).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);

    await start.click();

    await page.frameLocator(FRAME).locator('body[data-state="ready"]').waitFor();
    expect(await page.locator(FRAME).getAttribute('title')).toBe('التحقق بسيلفي الفيديو');
    expect(await frameBody(page).getAttribute('data-lang')).toBe('ar');
    expect(await frameBody(page).getAttribute('data-theme')).toBe('dark');
    expect(await frameBody(page).getAttribute('data-accent')).toBe('#8fb0ff'); // the widget's dark primary
    expect(tokenRequests).toHaveLength(1);
    const record: WidgetRecord = await page.evaluate(() => window.__widget);
    expect(record.events).toContain('liveness_started');
    expect(record.errors).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('given SumSub keeps refusing tokens / should mint at most 3 in 10 s, then say so with Retry, and back off', async () => {
    const { page, context, tokenRequests, tokens } = await openAtLiveness(env.browser, { refuseTokens: true });
    const field = page.getByRole('group', { name: /Take a video selfie/ });
    await field.getByRole('button', { name: 'Start' }).click();

    const problem = field.getByRole('alert');
    await problem.getByText('The check stopped before it was finished. Please try again.').waitFor();
    await expect.poll(() => tokens.length).toBe(tokenRequests.length);
    expect(await issued(tokens.at(-1) ?? '')).toBeLessThanOrEqual(3);
    expect(await page.locator(FRAME).count()).toBe(0);
    expect(await problem.getByRole('button', { name: 'Open the check in a new tab instead' }).isVisible()).toBe(true);

    // The customer tries again, quickly, twice: the second waits until the 10 s window allows a token.
    for (let tries = 0; tries < 2; tries++) {
      await problem.getByRole('button', { name: 'Try again' }).click();
      await field.locator('.kyc-liveness[data-state="error-interrupted"]').waitFor({ timeout: 20_000 });
    }
    await expect.poll(() => tokens.length).toBe(tokenRequests.length);
    for (let i = 0; i + 3 < tokenRequests.length; i++) {
      expect((tokenRequests[i + 3]?.at ?? 0) - (tokenRequests[i]?.at ?? 0)).toBeGreaterThan(9_800);
    }
    expect(await issued(tokens.at(-1) ?? '')).toBe(tokenRequests.length);
    await context.close();
  });

  it('given the frame is open / when the token expires / should renew it into the same frame', async () => {
    const { page, context, tokenRequests, problems } = await openAtLiveness(env.browser);
    const field = page.getByRole('group', { name: /Take a video selfie/ });
    await field.getByRole('button', { name: 'Start' }).click();
    await page.frameLocator(FRAME).locator('#sis-start').click();
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) navigations++;
    });
    await page.locator(FRAME).evaluate((element) => element.setAttribute('data-e2e-marker', 'original'));

    await page.frameLocator(FRAME).locator('#sis-expire').click();
    await expect.poll(() => tokenRequests.filter((request) => request.renew).length).toBe(1);
    await page.frameLocator(FRAME).locator('body[data-token-updates="1"]').waitFor();

    expect(await page.locator(FRAME).getAttribute('data-e2e-marker')).toBe('original');
    expect(navigations).toBe(0);
    await page.frameLocator(FRAME).locator('#sis-finish').click();
    await field.getByText('Your video selfie check is complete.').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('given renewals fail / should say so with a Retry that brings the check back', async () => {
    const { page, context } = await openAtLiveness(env.browser);
    const field = page.getByRole('group', { name: /Take a video selfie/ });
    await field.getByRole('button', { name: 'Start' }).click();
    await page.frameLocator(FRAME).locator('#sis-start').click();
    await setFaults(env, { routes: { getAttribute: { failureRate: 1 } } });
    await page.frameLocator(FRAME).locator('#sis-expire').click();
    await field.getByText('The check stopped before it was finished. Please try again.').waitFor({ timeout: 30_000 });

    await setFaults(env, {});
    await field.getByRole('button', { name: 'Try again' }).click();
    await page.frameLocator(FRAME).locator('#sis-start').click();
    await page.frameLocator(FRAME).locator('#sis-finish').click();
    await field.getByText('Your video selfie check is complete.').waitFor();
    await context.close();
  });
});

describe('liveness screenshots', () => {
  const combinations = [1280, 375].flatMap((width) =>
    (['light', 'dark'] as const).flatMap((theme) =>
      (['en', 'ar'] as const).map((locale) => ({ width, theme, locale })),
    ),
  );

  it.each(combinations)('$width px, $theme, $locale: intro, running frame, done, failure', async (look) => {
    const name = (state: string) => `liveness-${state}-${look.width}-${look.theme}-${look.locale}`;
    const { page, context } = await openAtLiveness(env.browser, look);
    const region = page.locator('.kyc-liveness');
    await shot(page, name('intro'));
    await region.getByRole('button').first().click();
    await page.frameLocator(FRAME).locator('body[data-state="ready"]').waitFor();
    await shot(page, name('running'));
    await page.frameLocator(FRAME).locator('#sis-start').click();
    await page.frameLocator(FRAME).locator('#sis-finish').click();
    await page.locator('.kyc-liveness[data-state="done"]').waitFor();
    await shot(page, name('done'));
    await context.close();

    const failing = await openAtLiveness(env.browser, { ...look, refuseTokens: true });
    await failing.page.locator('.kyc-liveness').getByRole('button').first().click();
    await failing.page.locator('.kyc-liveness[data-state="error-interrupted"]').waitFor();
    await shot(failing.page, name('failure'));
    await failing.context.close();
  });
});
