/**
 * The code prompt and every result screen in Chromium at 1280 and 375 px, light and dark, English and
 * Arabic (the widget page in that locale and theme; the browser's language is the widget's, so the sandbox
 * answers in it). Each view is checked as the customer meets it, then kept as a screenshot in
 * artifacts/codes-results/: the prompt is a modal inside the viewport with focus in its SMS field, names
 * what each code confirms and says where a code is refused; each result has its title, its sentence and
 * its next step.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../src/react/i18n/ar';
import { en, type Messages } from '../../src/react/i18n/en';
import { seed, startE2eEnv, type E2eEnv } from './support/e2eEnv';
import { serveWidgetPage, type WidgetPageServer } from './support/widgetPage';

type Locale = 'en' | 'ar';
type Theme = 'light' | 'dark';
const MESSAGES: Record<Locale, Messages> = { en, ar };
const BROWSER_LANGUAGE: Record<Locale, string> = { en: 'en-US', ar: 'ar' };
const ARTIFACTS = new URL('../../artifacts/codes-results/', import.meta.url);

let env: E2eEnv;
let widget: WidgetPageServer;
beforeAll(async () => {
  [env, widget] = await Promise.all([startE2eEnv(17), serveWidgetPage(), mkdir(ARTIFACTS, { recursive: true })]);
});
afterAll(async () => {
  await Promise.all([env?.close(), widget?.close()]);
});

interface View {
  width: number;
  locale: Locale;
  theme: Theme;
}

const nameOf = ({ width, locale, theme }: View) => `${width}-${theme}-${locale}`;

async function open(page: Page, scenario: string, { locale, theme }: View): Promise<void> {
  const ids = await seed(env, scenario);
  const query = new URLSearchParams({
    api: env.api.url,
    client: ids.client_uuid,
    le: ids.legal_entity_uuid,
    locale,
    theme,
  });
  await page.goto(`${widget.url}/?${query}`);
}

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: decodeURIComponent(new URL(`${name}.png`, ARTIFACTS).pathname), fullPage });
}

async function codePrompt(page: Page, view: View): Promise<void> {
  const t = MESSAGES[view.locale];
  await open(page, 'draft', view); // a Full draft on its contact step
  await page.locator('input[type="email"]').fill('jane.doe@example.com');
  await page.locator('input[type="tel"]').fill('+4915112345678');
  // The save status' Confirm: the prompt for both signed answers.
  await page.locator('.kyc-save').getByRole('button', { name: t['signature.confirm'] }).click();
  const dialog = page.getByRole('dialog', { name: t['signature.title'] });
  await dialog.locator('.kyc-signature__provider[data-state="sent"]').nth(1).waitFor();
  const box = await dialog.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const inside = rect.top >= 0 && rect.bottom <= innerHeight && rect.left >= 0 && rect.right <= innerWidth;
    return { modal: element.matches(':modal'), inside, focus: document.activeElement?.id ?? '' };
  });
  expect(box).toMatchObject({ modal: true, inside: true });
  const sms = dialog.getByRole('textbox', { name: t['signature.code.sms'] });
  expect(box.focus).toBe(await sms.getAttribute('id'));
  await dialog.getByText(t['signature.sentTo.sms'].replace('{destination}', '\u2066+4915112345678\u2069')).waitFor();
  await shot(page, `code-prompt-${nameOf(view)}`, false);

  await sms.fill('000000');
  await dialog.getByRole('textbox', { name: t['signature.code.email'] }).fill('000000');
  await dialog.getByRole('button', { name: t['signature.confirm'], exact: true }).click();
  await dialog.getByText(t['signature.invalid']).first().waitFor();
  await shot(page, `code-refused-${nameOf(view)}`, false);
}

async function results(page: Page, view: View): Promise<void> {
  const t = MESSAGES[view.locale];
  const expected: [scenario: string, title: string, sentences: string[]][] = [
    ['in_review', t['status.in_review.title'], [t['status.in_review.body'], t['status.checking']]],
    ['approved', t['status.approved.title'], [t['status.approved.next']]],
    ['rejected', t['status.rejected.title'], [t['status.rejected.body'], t['status.rejected.retry']]],
    ['rejected_final', t['status.rejected.title'], [t['status.rejected.body'], t['status.rejected.final']]],
  ];
  for (const [scenario, title, sentences] of expected) {
    await open(page, scenario, view);
    await page.getByRole('heading', { name: title, level: 2 }).waitFor();
    for (const sentence of sentences) await page.getByText(sentence, { exact: true }).waitFor();
    const startNew = page.getByRole('button', { name: t['status.rejected.newApplication'] });
    expect(await startNew.count()).toBe(scenario === 'rejected' ? 1 : 0);
    await shot(page, `result-${scenario}-${nameOf(view)}`);
  }
}

describe('code prompt and results, 1280/375 px, light/dark, en/ar', () => {
  for (const width of [1280, 375])
    for (const theme of ['light', 'dark'] as const)
      for (const locale of ['en', 'ar'] as const) {
        const view = { width, theme, locale };
        it(`given ${nameOf(view)} / should show the prompt and each result as the customer needs them`, async () => {
          const context = await env.browser.newContext({
            viewport: { width, height: width === 375 ? 812 : 900 },
            locale: BROWSER_LANGUAGE[locale],
          });
          context.setDefaultTimeout(15_000);
          const page = await context.newPage();
          await codePrompt(page, view);
          await results(page, view);
          await context.close();
        });
      }
});
