/**
 * Where keyboard focus is after the moments of the Full level when the control the client used goes
 * away: a refused code (Confirm is disabled while it is checked) and the end of the liveness check (the
 * SumSub frame the client finished in is removed). Focus must stay in the widget, on what comes next,
 * never fall to the page's body (a keyboard or screen-reader user would start again from the top).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { chooseLevel } from './support/basicJourney';
import { CODE_DIALOG } from './support/codePrompt';
import { openPartner, seed, startE2eEnv } from './support/e2eEnv';
import type { E2eEnv } from './support/e2eEnv';
import { continueTo, fillContact, fillPersonal } from './support/fullSteps';
import { seedAtLiveness } from './support/seedAtLiveness';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2eEnv();
});
afterAll(async () => env?.close());

const isFocused = (locator: Locator) => locator.evaluate((node) => node === document.activeElement);

describe('focus on the Full level', () => {
  it('given a refused code / should put focus in the refused code field, its digits selected', async () => {
    const ids = await seed(env, 'new');
    const { page, context } = await openPartner(env, ids);
    await chooseLevel(page, 'Full');
    await fillPersonal(page);
    await continueTo(page, 'Contact details');
    await fillContact(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    const dialog = page.getByRole('dialog', CODE_DIALOG);
    await dialog.locator('.kyc-signature__provider[data-state="sent"]').nth(1).waitFor();
    const sms = dialog.getByRole('textbox', { name: 'SMS code' });
    await sms.fill('000000');
    await dialog.getByRole('textbox', { name: 'E-mail code' }).fill('000000');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await dialog
      .getByText(/This code is not valid/)
      .first()
      .waitFor();

    await expect.poll(() => isFocused(sms)).toBe(true);
    // Typing the right code replaces the wrong one.
    await page.keyboard.type('111111');
    expect(await sms.inputValue()).toBe('111111');
    await context.close();
  });

  it('given the client finished the check in the frame / should keep focus in the liveness field', async () => {
    const ids = await seedAtLiveness(env);
    const { page, context } = await openPartner(env, ids);
    await page.getByRole('heading', { name: 'Liveness check' }).waitFor();
    const liveness = page.getByRole('group', { name: /Take a video selfie/ });
    await liveness.getByRole('button', { name: 'Start' }).click();
    const sdk = page.frameLocator('iframe[title="Video selfie check"]');
    await sdk.locator('#sis-start').click();
    await sdk.locator('#sis-finish').click();
    await liveness.getByText('Your video selfie check is complete.').waitFor();

    await expect.poll(() => page.evaluate(() => document.activeElement?.className ?? '')).toBe('kyc-liveness');
    // The next Tab reaches what follows the check, not the top of the partner's page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.kyc-root') !== null)).toBe(true);
    await context.close();
  });
});
