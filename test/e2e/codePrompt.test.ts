/**
 * Signature codes and results in real Chromium, walking the Full level as a customer would at 1280×900
 * and at 375 px: one code prompt per moment (the contact step; then Send, for the agreements and the
 * review together), each provider asked once per prompt with its code sent as the prompt opens; the
 * prompt is a modal in the top layer, on screen without scrolling, Tab stays inside, Escape closes it and
 * focus returns. After a rejection that allows a new application, "Start a new application" appears
 * without a reload and leads to the rejected level, with the answers the server kept listed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { chooseLevel } from './support/basicJourney';
import { CODE_DIALOG, signInPrompt } from './support/codePrompt';
import { decide, kycRecord, openPartner, seed, shot, snapshot, startE2eEnv } from './support/e2eEnv';
import type { E2eEnv } from './support/e2eEnv';
import {
  continueAndSign,
  continueTo,
  fillContact,
  fillDocuments,
  fillOccupation,
  fillPersonal,
  uploadTo,
} from './support/fullSteps';
import { drawnImages, onePagePdf } from './support/testFiles';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2eEnv(13);
});
afterAll(async () => env?.close());

/** Counts every <dialog> the page adds: the code prompts the customer sees. */
const COUNT_PROMPTS = `
  window.__prompts = 0;
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof HTMLDialogElement) window.__prompts += 1;
  }).observe(document, { childList: true, subtree: true });
`;
const prompts = (page: Page) => page.evaluate(() => (window as unknown as { __prompts: number }).__prompts);

/** The codes the page asked for, as `provider`, in order. */
function recordCodes(page: Page): string[] {
  const codes: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().includes('/v1/verification-codes/')) return;
    codes.push((request.postDataJSON() as { provider_type: string }).provider_type);
  });
  return codes;
}

/** Whether the prompt is a modal in the top layer and wholly inside the viewport (no scrolling needed). */
async function onScreenModal(dialog: Locator): Promise<{ modal: boolean; inViewport: boolean }> {
  return dialog.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const inViewport =
      rect.top >= 0 && rect.left >= 0 && rect.bottom <= window.innerHeight && rect.right <= window.innerWidth;
    return { modal: element.matches(':modal'), inViewport };
  });
}

const artifact = (name: string) =>
  decodeURIComponent(new URL(`../../artifacts/e2e/${name}.png`, import.meta.url).pathname);

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

async function walkFull(page: Page, width: number): Promise<void> {
  const { png, jpeg } = await drawnImages(env.browser);
  const codes = recordCodes(page);
  const dialog = page.getByRole('dialog', CODE_DIALOG);
  await chooseLevel(page, 'Full');

  // Moment 1, the contact step: one prompt, SMS and e-mail codes sent as it opens, SMS field first.
  await fillPersonal(page);
  await continueTo(page, 'Contact details');
  await fillContact(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await dialog.waitFor();
  expect(await onScreenModal(dialog)).toEqual({ modal: true, inViewport: true });
  await expect.poll(() => isFocused(dialog.getByRole('textbox', { name: 'SMS code' }))).toBe(true);
  await dialog.locator('.kyc-signature__provider[data-state="sent"]').nth(1).waitFor();
  expect(codes).toEqual(['sms', 'email']);
  await dialog.getByText('It confirms: \u2068Phone number\u2069.').waitFor();
  await page.screenshot({ path: artifact(`codes-contact-${width}`) }); // the viewport: what the customer sees
  expect(await signInPrompt(page)).toEqual({ rounds: 1, fields: [['SMS code', 'E-mail code']] });
  await page.getByRole('heading', { name: 'Occupation and finances' }).waitFor();
  expect(await prompts(page)).toBe(1);

  await fillOccupation(page);
  await continueTo(page, 'Identity documents');
  await fillDocuments(page, png, jpeg);
  await continueTo(page, 'Address and funds');
  await uploadTo(page, /Proof of address/, onePagePdf());
  await continueTo(page, 'Liveness check');
  const liveness = page.getByRole('group', { name: /Take a video selfie/ });
  await liveness.getByRole('button', { name: 'Start' }).click();
  const sdk = page.frameLocator('iframe[title="Video selfie check"]');
  await sdk.locator('#sis-start').click();
  await sdk.locator('#sis-finish').click();
  await liveness.getByText('Your video selfie check is complete.').waitFor();
  await continueTo(page, 'Agreements');
  const consents = page.getByRole('checkbox', { name: /I have read and accept/ });
  await expect.poll(() => consents.count()).toBe(2);
  await consents.nth(0).check();
  await consents.nth(1).check();

  // Entering the summary asks nothing: the signed terms wait for Send.
  await page.getByRole('button', { name: 'Review answers' }).click();
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  expect(await dialog.count()).toBe(0);
  expect(codes).toHaveLength(2);

  // Moment 2, Send: one prompt for the terms, whose used code is followed by the review's own, sent by itself.
  await page.getByRole('button', { name: 'Send for review' }).click();
  await dialog.getByText('It confirms: \u2068Terms and Conditions\u2069.').waitFor();
  expect(await onScreenModal(dialog)).toEqual({ modal: true, inViewport: true });
  const second = async (round: number) => {
    if (round !== 1) return;
    await dialog.getByText('Your answers are saved. One more code confirms sending your application.').waitFor();
    await dialog.getByText('It confirms sending your application for review.').waitFor();
    await page.screenshot({ path: artifact(`codes-send-review-${width}`) });
  };
  await page.screenshot({ path: artifact(`codes-send-${width}`) });
  expect(await signInPrompt(page, { onRound: second })).toEqual({ rounds: 2, fields: [['Code'], ['Code']] });
  await page.getByRole('heading', { name: 'Your verification is being reviewed' }).waitFor();
  expect(codes).toEqual(['sms', 'email', 'sms', 'sms']);
  expect(await prompts(page)).toBe(2);
  await shot(page, `result-in-review-${width}`);
}

describe('code prompts and results in Chromium', () => {
  for (const width of [1280, 375]) {
    it(`given a new client at ${width} px / should ask one prompt per moment, then after a retry-allowed rejection offer a new application at once`, async () => {
      const ids = await seed(env, 'new');
      const { page, context, problems } = await openPartner(env, ids, undefined, COUNT_PROMPTS);
      await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
      const startUrl = page.url();
      let navigations = 0;
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) navigations += 1;
      });

      await walkFull(page, width);

      const applicationUuid = (await kycRecord(page)).status.at(-1)?.applicationUuid ?? '';
      expect((await snapshot(env, applicationUuid)).status).toBe('in_review');
      await decide(env, ids, applicationUuid, 'reject', { allow_new_application: true });
      const startNew = page.getByRole('button', { name: 'Start a new application' });
      await startNew.waitFor({ timeout: 30_000 });
      expect(navigations).toBe(0);
      expect(page.url()).toBe(startUrl);
      await page.getByText('You can start a new application and try again.').waitFor();
      await shot(page, `result-rejected-retry-${width}`);

      await startNew.click();
      const full = page.getByRole('radio', { name: /Full/ });
      await full.waitFor();
      expect(await full.isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Start verification' }).click();
      const kept = page.getByRole('region', { name: /We kept these answers from your earlier application/ });
      await kept.getByText('Show the answers we kept').click();
      await kept.getByRole('listitem').filter({ hasText: 'Phone number' }).waitFor();
      await shot(page, `kept-answers-${width}`);
      expect(problems).toEqual([]);
      await context.close();
    }, 240_000);
  }

  it('given the prompt open at 1280×900 / Tab should stay inside, Escape close it and focus return to Continue', async () => {
    const ids = await seed(env, 'draft');
    const { page, context } = await openPartner(env, ids);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('heading', { name: 'Contact details' }).waitFor();
    await fillContact(page);
    const proceed = page.getByRole('button', { name: 'Continue' });
    await proceed.click();
    const dialog = page.getByRole('dialog', CODE_DIALOG);
    await dialog.locator('.kyc-signature__provider[data-state="sent"]').nth(1).waitFor();
    expect(await onScreenModal(dialog)).toEqual({ modal: true, inViewport: true });

    // Twice round the dialog's controls: focus never reaches the page behind it.
    const outside: string[] = [];
    for (let press = 0; press < 14; press++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return 'browser';
        return active.closest('dialog') ? 'dialog' : `${active.tagName} ${active.textContent ?? ''}`;
      });
      if (where !== 'dialog' && where !== 'browser') outside.push(where);
    }
    expect(outside).toEqual([]);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(proceed)).toBe(true);

    // Opened again, it signs: the contact step's answers are saved, the next step opens.
    await continueAndSign(page, 'Occupation and finances', false);
    await context.close();
  });
});
