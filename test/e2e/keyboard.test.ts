/**
 * Keyboard only: the Basic journey with Tab / Shift+Tab / Enter / Space / arrow keys and typing, no
 * mouse; focus lands on each step's heading when the step changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { BASIC_ANSWERS } from './support/basicJourney';
import { kycRecord, openPartner, seed, shot, snapshot, startE2eEnv } from './support/e2eEnv';
import type { E2eEnv } from './support/e2eEnv';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2eEnv(53);
});
afterAll(async () => env?.close());

function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement).catch(() => false);
}

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user moving through the page. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < 40; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

async function expectHeadingFocused(page: Page, name: string): Promise<void> {
  const heading = page.getByRole('heading', { name, level: 2 });
  await heading.waitFor();
  await expect.poll(() => isFocused(heading)).toBe(true);
}

describe('keyboard only', () => {
  it('given only a keyboard / should complete the Basic journey with focus on each step heading', async () => {
    const ids = await seed(env, 'new');
    const { page, context, problems } = await openPartner(env, ids);
    const { keyboard } = page;

    // Level choice: into the radio group, arrows to Basic, Tab to Start, Enter.
    const basic = page.getByRole('radio', { name: /Basic/ });
    const full = page.getByRole('radio', { name: /Full/ });
    await basic.waitFor();
    await tabTo(page, basic.or(full).first());
    for (let presses = 0; presses < 4 && !(await basic.isChecked()); presses++)
      await keyboard.press(presses < 2 ? 'ArrowUp' : 'ArrowDown');
    expect(await basic.isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Start verification' }));
    await keyboard.press('Enter');

    await expectHeadingFocused(page, 'Your name');
    await tabTo(page, page.getByRole('textbox', { name: /First name/ }));
    await keyboard.type(BASIC_ANSWERS.first_name);
    await tabTo(page, page.getByRole('textbox', { name: /Last name/ }));
    await keyboard.type('Lovelace');
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await keyboard.press('Enter');

    await expectHeadingFocused(page, 'Birth and citizenship');
    const birth = page.getByLabel(/Date of birth/);
    await tabTo(page, birth);
    // The widget's date field reads the widget's locale order (en: month/day/year), stored as ISO.
    await keyboard.type('05/17/1990');
    expect(await birth.inputValue()).toBe('05/17/1990');
    await tabTo(page, page.getByRole('combobox', { name: /Citizenship/ }));
    await keyboard.type('Germ');
    await page.getByRole('option', { name: 'Germany' }).waitFor();
    for (let presses = 0; presses < 5; presses++) {
      const active = page.getByRole('option', { name: 'Germany', selected: true });
      if ((await active.count()) > 0) break;
      await keyboard.press('ArrowDown');
    }
    await keyboard.press('Enter');
    expect(await page.getByRole('combobox', { name: /Citizenship/ }).inputValue()).toBe('Germany');
    // Back up with Shift+Tab and forward again: the typed date is still there.
    await tabTo(page, birth, 'Shift+Tab');
    expect(await birth.inputValue()).toBe('05/17/1990');
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await keyboard.press('Enter');

    await expectHeadingFocused(page, 'Phone and terms');
    await tabTo(page, page.getByRole('textbox', { name: /Phone number/ }));
    await keyboard.type(BASIC_ANSWERS.phone);
    const consent = page.getByRole('checkbox', { name: /I have read and accept/ });
    await tabTo(page, consent);
    await keyboard.press('Space');
    expect(await consent.isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Review answers' }));
    await keyboard.press('Enter');

    await expectHeadingFocused(page, 'Check your answers');
    await shot(page, 'keyboard-summary');
    await tabTo(page, page.getByRole('button', { name: 'Send for review' }));
    await keyboard.press('Enter');

    // Send asks for the phone's code: the prompt opens with the code sent and focus in its field.
    const dialog = page.getByRole('dialog', { name: 'Confirm with a code' });
    const code = dialog.getByRole('textbox', { name: /code$/i });
    await expect.poll(() => isFocused(code)).toBe(true);
    await dialog.locator('.kyc-signature__provider[data-state="sent"]').waitFor();
    await keyboard.type('111111');
    await tabTo(page, dialog.getByRole('button', { name: 'Confirm' }));
    await keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Your verification is being reviewed' }).waitFor();

    const applicationUuid = (await kycRecord(page)).status.at(-1)?.applicationUuid ?? '';
    const stored = await snapshot(env, applicationUuid);
    expect(stored.answers).toMatchObject(BASIC_ANSWERS);
    expect(stored.sendToReviewCount).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});
