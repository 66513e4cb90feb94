/** Drives the Basic level with the mouse, as a customer would: choose, answer, sign, send. */
import type { Page } from 'playwright-core';
import { signInPrompt } from './codePrompt';

export const BASIC_ANSWERS = {
  first_name: 'Ada',
  last_name: 'Lovelace',
  birth_date: '1990-05-17',
  citizenship: 'DE',
  phone: '+4915112345678',
};

export async function chooseLevel(page: Page, level: 'Basic' | 'Full'): Promise<void> {
  await page.getByRole('radio', { name: new RegExp(level) }).check();
  await page.getByRole('button', { name: 'Start verification' }).click();
}

/**
 * Signs in the code prompt (its codes are sent as it opens; a failed send is asked for again, as a
 * customer would), a wrong code first when asked, every round of it (see support/codePrompt).
 */
export async function signWithCode(page: Page, wrongFirst: boolean): Promise<void> {
  await signInPrompt(page, { wrongFirst });
}

/** From the level choice to "being reviewed". */
export async function basicJourney(page: Page, onStep?: (name: string) => Promise<void>): Promise<void> {
  await chooseLevel(page, 'Basic');
  await page.getByRole('heading', { name: 'Your name' }).waitFor();
  await page.getByRole('textbox', { name: /First name/ }).fill(BASIC_ANSWERS.first_name);
  await page.getByRole('textbox', { name: /Last name/ }).fill(BASIC_ANSWERS.last_name);
  await onStep?.('name');
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.getByRole('heading', { name: 'Birth and citizenship' }).waitFor();
  await page.getByLabel(/Date of birth/).fill(BASIC_ANSWERS.birth_date);
  await page.getByRole('combobox', { name: /Citizenship/ }).fill('Germ');
  await page.getByRole('option', { name: 'Germany' }).click();
  await onStep?.('birth');
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.getByRole('heading', { name: 'Phone and terms' }).waitFor();
  await page.getByRole('textbox', { name: /Phone number/ }).fill(BASIC_ANSWERS.phone);
  await page.getByRole('checkbox', { name: /I have read and accept/ }).check();
  await onStep?.('phone');
  await page.getByRole('button', { name: 'Review answers' }).click();

  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  await page.getByText(BASIC_ANSWERS.last_name, { exact: true }).waitFor();
  await onStep?.('summary');
  // Send asks for the phone's code (it is confirmed together with the send, in one prompt).
  await page.getByRole('button', { name: 'Send for review' }).click();
  await signWithCode(page, false);
  await page.getByRole('heading', { name: 'Your verification is being reviewed' }).waitFor({ timeout: 30_000 });
}
