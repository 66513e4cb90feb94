/**
 * Terms accepted in an earlier version, in Chromium at 1280 and 375 px, light and dark, English and
 * Arabic: the client comes back to a complete Full application after the sandbox published new terms.
 * The summary says an answer is missing and shows the terms as not answered; Send opens their step with
 * the field's required error beside the unticked box and the note about the update, and sends nothing.
 * Screenshots in artifacts/outdated-consent/.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../src/react/i18n/ar';
import { en, type Messages } from '../../src/react/i18n/en';
import { snapshot, startE2eEnv, type E2eEnv } from './support/e2eEnv';
import { seedAtSummary } from './support/seedAtSummary';
import { serveWidgetPage, type WidgetPageServer } from './support/widgetPage';

type Locale = 'en' | 'ar';
const MESSAGES: Record<Locale, Messages> = { en, ar };
const BROWSER_LANGUAGE: Record<Locale, string> = { en: 'en-US', ar: 'ar' };
const ARTIFACTS = new URL('../../artifacts/outdated-consent/', import.meta.url);

let env: E2eEnv;
let widget: WidgetPageServer;
beforeAll(async () => {
  [env, widget] = await Promise.all([startE2eEnv(23), serveWidgetPage(), mkdir(ARTIFACTS, { recursive: true })]);
});
afterAll(async () => {
  await Promise.all([env?.close(), widget?.close()]);
});

describe('terms accepted in an earlier version, 1280/375 px, light/dark, en/ar', () => {
  for (const width of [1280, 375])
    for (const theme of ['light', 'dark'] as const)
      for (const locale of ['en', 'ar'] as const) {
        const name = `${width}-${theme}-${locale}`;
        it(`given ${name} / should call the terms missing on the summary and show their error on Send`, async () => {
          const t = MESSAGES[locale];
          const ids = await seedAtSummary(env);
          const published = await fetch(`${env.api.url}/__sandbox/legal-documents/terms_and_conditions/publish`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ legal_entity_uuid: ids.legal_entity_uuid }),
          });
          expect(published.status).toBe(201);
          const context = await env.browser.newContext({
            viewport: { width, height: width === 375 ? 812 : 900 },
            locale: BROWSER_LANGUAGE[locale],
          });
          context.setDefaultTimeout(15_000);
          const page = await context.newPage();
          const query = new URLSearchParams({
            api: env.api.url,
            client: ids.client_uuid,
            le: ids.legal_entity_uuid,
            locale,
            theme,
          });
          await page.goto(`${widget.url}/?${query}`);
          await page.getByText(t['summary.missing'], { exact: true }).waitFor();
          const terms = page.locator('.kyc-summary__row[data-key="terms_and_conditions"]');
          expect(await terms.getAttribute('data-missing')).toBe('true');
          expect(await terms.locator('dd').innerText()).toBe(t['summary.empty']);
          const path = (shot: string) => decodeURIComponent(new URL(`${shot}-${name}.png`, ARTIFACTS).pathname);
          await page.screenshot({ path: path('summary'), fullPage: true });

          await page.getByRole('button', { name: t['summary.submit'] }).click();
          const field = page.locator('.kyc-question[data-key="terms_and_conditions"]');
          await field.getByText(t['field.required'], { exact: true }).waitFor();
          expect(await field.getByRole('checkbox').isChecked()).toBe(false);
          expect(await field.locator('.kyc-legal__note').isVisible()).toBe(true);
          await field.scrollIntoViewIfNeeded();
          await page.screenshot({ path: path('step') });
          expect((await snapshot(env, ids.application_uuid)).sendToReviewCount).toBe(0);
          await context.close();
        });
      }
});
