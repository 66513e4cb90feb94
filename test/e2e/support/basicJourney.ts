/** Drives the Basic level with the mouse, as a customer would: choose, answer, sign, send. */
import type { Page } from 'playwright-core';

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
 * Signs in the code dialog: sends a code to every provider (pressing "Send code" again when sending
 * failed, as a customer would), types the codes — a wrong one first when asked — and confirms.
 */
export async function signWithCode(page: Page, wrongFirst: boolean): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Confirm with a code' });
  await dialog.waitFor();
  const providers = dialog.locator('.kyc-signature__provider');
  const count = await providers.count();
  for (let i = 0; i < count; i++) {
    const provider = providers.nth(i);
    const code = provider.getByRole('textbox', { name: /code$/i });
    for (let attempt = 0; attempt < 6 && !(await code.isVisible()); attempt++) {
      await provider.getByRole('button', { name: 'Send code' }).click();
      await code
        .or(provider.getByRole('alert'))
        .or(provider.getByRole('button', { name: 'Send code', disabled: false }))
        .first()
        .waitFor();
      await code
        .or(provider.getByRole('button', { name: 'Send code', disabled: false }))
        .first()
        .waitFor();
    }
  }
  const codes = dialog.getByRole('textbox', { name: /code$/i });
  await codes.nth(count - 1).waitFor();
  if (wrongFirst) {
    for (let i = 0; i < count; i++) await codes.nth(i).fill('000000');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await dialog
      .getByText(/This code is not valid/)
      .first()
      .waitFor();
  }
  for (let i = 0; i < count; i++) await codes.nth(i).fill('111111');
  for (let attempt = 0; attempt < 6 && (await dialog.isVisible()); attempt++) {
    await dialog
      .getByRole('button', { name: 'Confirm' })
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    await dialog.waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
  }
  await dialog.waitFor({ state: 'detached' });
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
  await signWithCode(page, false);

  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  await page.getByText(BASIC_ANSWERS.last_name, { exact: true }).waitFor();
  await onStep?.('summary');
  await page.getByRole('button', { name: 'Send for review' }).click();
  await page.getByRole('heading', { name: 'Your verification is being reviewed' }).waitFor({ timeout: 30_000 });
}
