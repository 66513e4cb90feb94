/**
 * Reviewer decisions as the customer meets them: `pending` leads to what must change (the passport),
 * the customer fixes it and sends again; `rejected` offers a new application, `rejected_final` none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signWithCode } from './support/basicJourney';
import { decide, kycRecord, openPartner, seed, shot, snapshot, startE2eEnv } from './support/e2eEnv';
import type { E2eEnv } from './support/e2eEnv';
import { uploadTo } from './support/fullSteps';
import { drawnImages } from './support/testFiles';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2eEnv();
});
afterAll(async () => env?.close());

/** From any step: Continue until the summary, then send (signing when asked). */
async function sendAgain(page: Page): Promise<void> {
  const summary = page.getByRole('heading', { name: 'Check your answers' });
  const dialog = page.getByRole('dialog', { name: 'Confirm with a code' });
  for (let i = 0; i < 8 && !(await summary.isVisible()); i++) {
    const review = page.getByRole('button', { name: 'Review answers' });
    await ((await review.isVisible()) ? review : page.getByRole('button', { name: 'Continue' })).click();
    await summary.or(dialog).or(page.locator('.kyc-step__title')).first().waitFor();
    if (await dialog.isVisible()) await signWithCode(page, false);
  }
  await page.getByRole('button', { name: 'Send for review' }).click();
  const reviewing = page.getByRole('heading', { name: 'Your verification is being reviewed' });
  await dialog.or(reviewing).first().waitFor();
  if (await dialog.isVisible()) await signWithCode(page, false);
  await reviewing.waitFor();
}

describe('reviewer decisions', () => {
  it('given corrections are asked / should lead to the passport, take a new one, send once more and show the approval', async () => {
    const { jpeg } = await drawnImages(env.browser);
    const ids = await seed(env, 'pending');
    const applicationUuid = ids.application_uuid ?? '';
    const before = await snapshot(env, applicationUuid);
    const { page, context, problems } = await openPartner(env, ids);

    await page.getByRole('heading', { name: 'Some answers need your attention' }).waitFor();
    await page.getByText('Please upload a clearer picture of your passport').waitFor();
    await shot(page, 'pending-status');
    await page.getByRole('button', { name: 'Correct answers' }).click();

    await page.getByRole('heading', { name: 'Identity documents' }).waitFor();
    const passport = page.getByRole('group', { name: /^Passport/ });
    await passport.getByText(/Note from the reviewer: There is no available data/).waitFor();
    await shot(page, 'pending-fix');
    await uploadTo(page, /^Passport/, { ...jpeg, name: 'passport-clear.jpg' });
    await sendAgain(page);

    const after = await snapshot(env, applicationUuid);
    expect(after.sendToReviewCount).toBe(before.sendToReviewCount + 1);
    const passportDocument = after.answers['passport'] as { files?: { name?: string }[] } | undefined;
    expect(JSON.stringify(passportDocument)).toContain('passport-clear.jpg');

    await decide(env, ids, applicationUuid, 'approve');
    await page.getByRole('heading', { name: 'You are verified' }).waitFor({ timeout: 20_000 });
    expect((await kycRecord(page)).complete).toEqual([{ applicationUuid, status: 'approved' }]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('given a rejection that allows another try / should show it and start a new application on request', async () => {
    const ids = await seed(env, 'rejected');
    const { page, context } = await openPartner(env, ids);
    await page.getByRole('heading', { name: 'We could not verify you' }).waitFor();
    await shot(page, 'rejected');
    expect((await kycRecord(page)).complete).toEqual([{ applicationUuid: ids.application_uuid, status: 'rejected' }]);
    await page.getByRole('button', { name: 'Start a new application' }).click();
    await page.getByRole('heading', { name: 'Choose a verification level' }).waitFor();
    await context.close();
  });

  it('given a final rejection / should show it without offering a new application', async () => {
    const ids = await seed(env, 'rejected_final');
    const { page, context } = await openPartner(env, ids);
    await page.getByRole('heading', { name: 'We could not verify you' }).waitFor();
    await page.getByText('Your application was rejected.').waitFor();
    expect(await page.getByRole('button', { name: 'Start a new application' }).count()).toBe(0);
    expect(await page.getByRole('button').filter({ hasNotText: 'Host button' }).count()).toBe(0);
    await context.close();
  });
});
