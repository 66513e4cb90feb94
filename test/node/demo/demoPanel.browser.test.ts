/**
 * The demo's side panel in Debian's Chromium: the page and the widget follow the system's colour scheme
 * and the panel switches them; the reviewer rejects letting the customer try again, or for good (the
 * level info says which); the event list keeps its newest entry in view.
 */
import { mkdir } from 'node:fs/promises';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from '../../../demo/startDemo';
import { launchChromium } from '../../support/chromium';

const ARTIFACTS = new URL('../../../artifacts/details/', import.meta.url);
let demo: Demo;
let browser: Browser;
beforeAll(async () => {
  [demo, browser] = await Promise.all([
    startDemo({ sandboxPort: 0, demoPort: 0, watch: false }),
    launchChromium(),
    mkdir(ARTIFACTS, { recursive: true }),
  ]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** A new customer whose application is in review, on the demo page. */
async function openInReview(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  await page.goto(`${demo.pageUrl}&scenario=in_review`);
  await page.getByRole('heading', { name: 'Your verification is being reviewed' }).waitFor();
  await page.getByRole('listitem').filter({ hasText: 'status: in_review' }).first().waitFor();
  return page;
}

const backgroundOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);

/** What the partner's backend says about the signed-in customer (through its proxy, with the cookie). */
const levelInfo = (page: Page) =>
  page.evaluate(async () => {
    const response = await fetch('/kyc/v1/clients/kyc-level-info/');
    return (await response.json()) as { allowed_to_create_kyc_application: boolean };
  });

describe('the demo panel', () => {
  it('given a system in dark mode / should show page and widget dark, and switch both to light', async () => {
    const page = await openInReview({ colorScheme: 'dark' });
    expect(await page.locator('.kyc-root').getAttribute('data-color-scheme')).toBe('system');
    expect(await backgroundOf(page, 'body')).toBe('rgb(13, 15, 18)');
    expect(await backgroundOf(page, '.kyc-root')).toBe('rgb(22, 24, 29)');
    await page.screenshot({ path: decodeURIComponent(new URL('demo-dark.png', ARTIFACTS).pathname) });

    await page.getByLabel('Colour scheme').selectOption('light');
    expect(await page.locator('.kyc-root').getAttribute('data-color-scheme')).toBe('light');
    expect(await backgroundOf(page, 'body')).toBe('rgb(238, 241, 246)');
    expect(await backgroundOf(page, '.kyc-root')).toBe('rgb(255, 255, 255)');
    expect(new URL(page.url()).searchParams.get('theme')).toBe('light');
    await page.context().close();
  }, 60_000);

  it('given "Reject, final" / should reject the application and forbid a new one', async () => {
    const page = await openInReview();
    await page.getByRole('button', { name: 'Reject, final' }).click();
    await page.getByRole('heading', { name: 'We could not verify you' }).waitFor();
    expect((await levelInfo(page)).allowed_to_create_kyc_application).toBe(false);
    await page.context().close();
  }, 60_000);

  it('given "Reject, may retry" / should reject the application and allow a new one', async () => {
    const page = await openInReview();
    await page.getByRole('button', { name: 'Reject, may retry' }).click();
    await page.getByRole('heading', { name: 'We could not verify you' }).waitFor();
    expect((await levelInfo(page)).allowed_to_create_kyc_application).toBe(true);
    await page.context().close();
  }, 60_000);

  it('given more events than the list shows / should keep the newest in view', async () => {
    const page = await openInReview();
    const list = page.getByRole('list', { name: 'Events' });
    // The application is in review only once: each further decision is refused, and logged as such.
    await page.getByRole('button', { name: 'Approve' }).click();
    for (let press = 0; press < 20; press++) await page.getByRole('button', { name: 'Ask for corrections' }).click();
    const newest = list.getByRole('listitem').last();
    await newest.filter({ hasText: 'refused' }).waitFor();
    await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThan(20);
    const [listBox, newestBox] = await Promise.all([list.boundingBox(), newest.boundingBox()]);
    expect(await list.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    expect(newestBox?.y ?? 0).toBeGreaterThanOrEqual(listBox?.y ?? Infinity);
    expect((newestBox?.y ?? 0) + (newestBox?.height ?? 0)).toBeLessThanOrEqual(
      (listBox?.y ?? 0) + (listBox?.height ?? 0) + 1,
    );
    await page.screenshot({ path: decodeURIComponent(new URL('demo-events.png', ARTIFACTS).pathname) });
    await page.context().close();
  }, 60_000);
});
