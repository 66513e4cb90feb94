/** The Full level's steps, driven with the mouse as a customer would; shared by several e2e files. */
import type { Page } from 'playwright-core';
import { signInPrompt, type Signed } from './codePrompt';
import type { TestFile } from './testFiles';

export const FULL_ANSWERS = {
  first_name: 'Grace',
  last_name: 'Hopper',
  birth_date: '1986-12-09',
  citizenship: 'FR',
  email: 'grace@example.com',
  phone: '+33612345678',
  country_of_residence: 'DE',
  residence_address: 'Hauptstraße 1\n10115 Berlin',
  annual_income: 85000,
  source_of_funds: 'Salary & savings <b>not bold</b>',
  is_pep: false,
};

/**
 * Uploads through the field's file input; when the upload fails, presses "Try again" as a customer would.
 * Where the step first asks which document the customer has and `label` names one of them, picks it.
 */
export async function uploadTo(page: Page, label: RegExp, file: TestFile): Promise<void> {
  const kind = page.getByRole('radio', { name: label });
  if ((await kind.count()) === 1 && !(await kind.isChecked())) await kind.check();
  const field = page.getByRole('group', { name: label });
  await field.locator('input[type=file]').first().setInputFiles(file);
  const done = field.getByText(`Uploaded: ${file.name}`);
  const retry = field.getByRole('button', { name: 'Try again' });
  for (let attempt = 0; attempt < 6; attempt++) {
    await done.or(retry).first().waitFor({ timeout: 30_000 });
    if (await done.isVisible()) return;
    await retry.click();
  }
  await done.waitFor();
}

export async function continueTo(page: Page, heading: string): Promise<void> {
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: heading }).waitFor();
}

export async function fillPersonal(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Personal details' }).waitFor();
  await page.getByRole('textbox', { name: /First name/ }).fill(FULL_ANSWERS.first_name);
  await page.getByRole('textbox', { name: /Last name/ }).fill(FULL_ANSWERS.last_name);
  await page.getByLabel(/Date of birth/).fill(FULL_ANSWERS.birth_date);
  await page.getByRole('combobox', { name: /Citizenship/ }).fill('Fra');
  await page.getByRole('option', { name: 'France' }).click();
}

/** Fills the contact step; `sign` continues and signs (e-mail + SMS), a wrong code first when asked. */
export async function fillContact(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: /E-mail address/ }).fill(FULL_ANSWERS.email);
  await page.getByRole('textbox', { name: /Phone number/ }).fill(FULL_ANSWERS.phone);
  await page.getByRole('combobox', { name: /Country of residence/ }).fill('Ger');
  await page.getByRole('option', { name: 'Germany' }).click();
  await page.getByRole('textbox', { name: /Residence address/ }).fill(FULL_ANSWERS.residence_address);
}

/**
 * Continue from a step with signed answers: one prompt opens with every code already sent (SMS and
 * e-mail on the contact step); signs it (a wrong code first when asked) and waits for the next step.
 */
export async function continueAndSign(page: Page, heading: string, wrongFirst: boolean): Promise<Signed> {
  await page.getByRole('button', { name: 'Continue' }).click();
  const signed = await signInPrompt(page, { wrongFirst });
  await page.getByRole('heading', { name: heading }).waitFor();
  return signed;
}

/**
 * "Send for review" on the summary: one prompt for the signed answers still waiting (the agreements)
 * and the review's own code, which follows in the same prompt by itself; waits for "being reviewed".
 */
export async function sendAndSign(page: Page, wrongFirst: boolean): Promise<Signed> {
  await page.getByRole('button', { name: 'Send for review' }).click();
  const signed = await signInPrompt(page, { wrongFirst });
  await page.getByRole('heading', { name: 'Your verification is being reviewed' }).waitFor();
  return signed;
}

export async function fillOccupation(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: /Occupation/ }).fill('eng');
  await page.getByRole('option').first().click();
  await page.getByLabel(/Annual income/).fill(String(FULL_ANSWERS.annual_income));
  await page.getByRole('textbox', { name: /Source of funds/ }).fill(FULL_ANSWERS.source_of_funds);
  await page
    .getByRole('group', { name: /politically exposed/ })
    .getByRole('radio', { name: 'No' })
    .check();
}

/**
 * The passport (PNG), then a change of mind: the ID card, single-sided (JPEG). Both stay saved; the
 * step shows only the ID card's front, since its back is the same picture.
 */
export async function fillDocuments(page: Page, passport: TestFile, idCard: TestFile): Promise<void> {
  await uploadTo(page, /^Passport/, passport);
  await page.getByRole('radio', { name: 'ID card' }).check();
  await page
    .getByRole('group', { name: /ID card, front side/ })
    .getByRole('checkbox', { name: 'My document has one side only' })
    .check();
  await uploadTo(page, /ID card, front side/, idCard);
  await page.getByRole('group', { name: /ID card, back side/ }).waitFor({ state: 'detached' });
}

/** Waits until the save indicator says everything is stored. */
export async function allSaved(page: Page): Promise<void> {
  await page.getByText('All changes saved').waitFor({ timeout: 30_000 });
}

/** Completes steps 1–5 of Full, leaving the flow on the liveness step. */
export async function fullUpToLiveness(
  page: Page,
  passport: TestFile,
  idCard: TestFile,
  proofOfAddress: TestFile,
): Promise<void> {
  await fillPersonal(page);
  await continueTo(page, 'Contact details');
  await fillContact(page);
  await continueAndSign(page, 'Occupation and finances', false);
  await fillOccupation(page);
  await continueTo(page, 'Identity documents');
  await fillDocuments(page, passport, idCard);
  await continueTo(page, 'Address and funds');
  await uploadTo(page, /Proof of address/, proofOfAddress);
  await continueTo(page, 'Liveness check');
}
