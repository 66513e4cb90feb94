/** Reload mid-way: everything saved comes back and the flow opens at the first incomplete step. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLevel } from './support/basicJourney';
import { openPartner, seed, shot, startE2eEnv } from './support/e2eEnv';
import type { E2eEnv } from './support/e2eEnv';
import {
  allSaved,
  continueAndSign,
  continueTo,
  FULL_ANSWERS,
  fillContact,
  fillPersonal,
  uploadTo,
} from './support/fullSteps';
import { drawnImages } from './support/testFiles';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2eEnv();
});
afterAll(async () => env?.close());

describe('reload mid-way', () => {
  it('given answers on three steps / when the page reloads / should reopen at the first incomplete step with everything saved', async () => {
    const { png } = await drawnImages(env.browser);
    const ids = await seed(env, 'new');
    const { page, context, problems } = await openPartner(env, ids);
    await chooseLevel(page, 'Full');
    await fillPersonal(page);
    await continueTo(page, 'Contact details');
    await fillContact(page);
    await continueAndSign(page, 'Occupation and finances', false);
    // Step 3 partly answered (is_pep, required, stays open).
    await page.getByLabel(/Annual income/).fill('85000');
    await page.getByRole('textbox', { name: /Source of funds/ }).fill(FULL_ANSWERS.source_of_funds);
    await allSaved(page);

    await page.reload();
    await page.getByRole('heading', { name: 'Occupation and finances' }).waitFor();
    await shot(page, 'resume-after-reload');
    expect(await page.getByLabel(/Annual income/).inputValue()).toMatch(/^85[,.]?000$/);
    expect(await page.getByRole('textbox', { name: /Source of funds/ }).inputValue()).toBe(
      FULL_ANSWERS.source_of_funds,
    );

    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { name: 'Contact details' }).waitFor();
    expect(await page.getByRole('textbox', { name: /E-mail address/ }).inputValue()).toBe(FULL_ANSWERS.email);
    expect(await page.getByRole('textbox', { name: /Phone number/ }).inputValue()).toBe(FULL_ANSWERS.phone);
    expect(await page.getByRole('textbox', { name: /Residence address/ }).inputValue()).toBe(
      FULL_ANSWERS.residence_address,
    );
    expect(await page.getByRole('combobox', { name: /Country of residence/ }).inputValue()).toBe('Germany');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { name: 'Personal details' }).waitFor();
    expect(await page.getByRole('textbox', { name: /Last name/ }).inputValue()).toBe(FULL_ANSWERS.last_name);
    expect(await page.getByRole('combobox', { name: /Citizenship/ }).inputValue()).toBe('France');

    // An upload, then a reload: the document comes back on its step.
    await continueTo(page, 'Contact details');
    await continueTo(page, 'Occupation and finances');
    await page.getByRole('combobox', { name: /Occupation/ }).fill('eng');
    await page.getByRole('option').first().click();
    await page
      .getByRole('group', { name: /politically exposed/ })
      .getByRole('radio', { name: 'No' })
      .check();
    await continueTo(page, 'Identity documents');
    await uploadTo(page, /^Passport/, png);
    await allSaved(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Address and funds' }).waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
    await page
      .getByRole('group', { name: /^Passport/ })
      .getByText('passport.png')
      .waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
