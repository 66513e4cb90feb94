/**
 * Liveness token expiry while the SumSub frame is open: the widget renews the token (`ttl_renew=true`),
 * the frame receives it without being remounted or reloaded; a renewal that fails shows a clear error
 * with a retry that recovers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseLevel } from './support/basicJourney';
import { openPartner, seed, setFaults, shot, startE2eEnv } from './support/e2eEnv';
import type { E2eEnv, OpenedPage } from './support/e2eEnv';
import { fullUpToLiveness } from './support/fullSteps';
import { drawnImages, onePagePdf } from './support/testFiles';
import type { TestFile } from './support/testFiles';

let env: E2eEnv;
let png: TestFile;
let jpeg: TestFile;
beforeAll(async () => {
  env = await startE2eEnv();
  ({ png, jpeg } = await drawnImages(env.browser));
});
afterAll(async () => env?.close());

const FRAME = 'iframe[title="SumSub liveness check"]';

async function openAtLiveness(): Promise<OpenedPage & { renewals: string[]; sdkNavigations: () => number }> {
  const ids = await seed(env, 'new');
  const opened = await openPartner(env, ids);
  const { page } = opened;
  await chooseLevel(page, 'Full');
  await fullUpToLiveness(page, png, jpeg, onePagePdf());
  const renewals: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      url.pathname.endsWith('/attributes/sumsub_liveness_check_token/') &&
      url.searchParams.get('ttl_renew') === 'true'
    )
      renewals.push(request.url());
  });
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame() && frame.url().includes('/websdk/')) navigations++;
  });
  await page.frameLocator(FRAME).locator('#sis-start').click();
  // Mark the iframe element: a remount would replace it with an unmarked one.
  await page.locator(FRAME).evaluate((element) => element.setAttribute('data-e2e-marker', 'original'));
  return { ...opened, renewals, sdkNavigations: () => navigations };
}

function tokenUpdates(page: Page): Promise<string | null> {
  return page.frameLocator(FRAME).locator('body').getAttribute('data-token-updates');
}

describe('liveness token expiry', () => {
  it('given the frame is open / when the token expires / should renew it into the same frame', async () => {
    const { page, context, renewals, sdkNavigations, problems } = await openAtLiveness();
    const navigationsBefore = sdkNavigations();
    expect(await tokenUpdates(page)).toBe('0');

    await page.frameLocator(FRAME).locator('#sis-expire').click();
    await expect.poll(() => renewals.length).toBe(1);
    await expect.poll(() => tokenUpdates(page)).toBe('1');
    await shot(page, 'liveness-renewed');

    expect(await page.locator(FRAME).getAttribute('data-e2e-marker')).toBe('original');
    expect(await page.locator(FRAME).count()).toBe(1);
    expect(sdkNavigations()).toBe(navigationsBefore);
    // The renewed session still completes.
    await page.frameLocator(FRAME).locator('#sis-finish').click();
    await page
      .getByRole('group', { name: /liveness check token/ })
      .getByText('Liveness check completed.')
      .waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('given renewals fail / should show a clear error with a retry that brings the check back', async () => {
    const { page, context } = await openAtLiveness();
    await setFaults(env, { routes: { getAttribute: { failureRate: 1 } } });
    await page.frameLocator(FRAME).locator('#sis-expire').click();
    const field = page.getByRole('group', { name: /liveness check token/ });
    await field.getByText('The liveness check session could not be renewed.').waitFor({ timeout: 30_000 });
    await shot(page, 'liveness-renew-failed');

    await setFaults(env, {});
    await field.getByRole('button', { name: 'Try again' }).click();
    await field.getByText('The liveness check session could not be renewed.').waitFor({ state: 'detached' });
    await page.frameLocator(FRAME).locator('#sis-start').click();
    await page.frameLocator(FRAME).locator('#sis-finish').click();
    await field.getByText('Liveness check completed.').waitFor();
    await context.close();
  });
});
