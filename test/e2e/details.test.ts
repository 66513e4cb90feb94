/**
 * The details that make the widget feel finished, in Chromium against the sandbox's HTTP server:
 * - at 375 px the summary stacks each label over its answer, the primary button spans the widget and a
 *   long e-mail address stays on one line (not broken mid-word); at 1280 px label and answer sit side by side;
 * - in Arabic the phone number is drawn "+49…" (plus sign first, left to right) and "10115 Berlin" as written;
 * - in dark mode a checked radio's and a checked checkbox's fill stand at least 3:1 against the surface,
 *   from the computed colours and from the pixels Chromium paints;
 * - screenshots of the summary, a date question and the level choice at 1280/375 px, light/dark, en/ar/de
 *   (artifacts/details/).
 * The browser's language is the widget's, so the sandbox answers in it (Accept-Language).
 */
import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../src/react/i18n/ar';
import { de } from '../../src/react/i18n/de';
import { en, type Messages } from '../../src/react/i18n/en';
import { seed, startE2eEnv, type E2eEnv } from './support/e2eEnv';
import { contrast, paintedColours, parseColour, surfaceBehind } from './support/colours';
import { LONG_EMAIL, seedAtSummary } from './support/seedAtSummary';
import { serveWidgetPage, type WidgetPageServer } from './support/widgetPage';

type Locale = 'en' | 'ar' | 'de';
type Theme = 'light' | 'dark';
const MESSAGES: Record<Locale, Messages> = { en, ar, de };
const BROWSER_LANGUAGE: Record<Locale, string> = { en: 'en-US', ar: 'ar', de: 'de-DE' };
const ARTIFACTS = new URL('../../artifacts/details/', import.meta.url);

let env: E2eEnv;
let widget: WidgetPageServer;
beforeAll(async () => {
  [env, widget] = await Promise.all([startE2eEnv(), serveWidgetPage(), mkdir(ARTIFACTS, { recursive: true })]);
});
afterAll(async () => {
  await Promise.all([env?.close(), widget?.close()]);
});

interface View {
  width?: number;
  locale?: Locale;
  theme?: Theme;
}

async function open(ids: { client_uuid: string; legal_entity_uuid: string }, view: View = {}): Promise<Page> {
  const { width = 1280, locale = 'en', theme = 'light' } = view;
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, locale: BROWSER_LANGUAGE[locale] });
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
  return page;
}

async function openSummary(view: View = {}): Promise<Page> {
  const page = await open(await seedAtSummary(env), view);
  await page.getByRole('region', { name: MESSAGES[view.locale ?? 'en']['summary.title'] }).waitFor();
  return page;
}

const row = (page: Page, key: string): Locator => page.locator(`.kyc-summary__row[data-key="${key}"]`);

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: decodeURIComponent(new URL(`${name}.png`, ARTIFACTS).pathname), fullPage: true });
}

/** Where each summary row draws its label and its answer. */
function rowBoxes(page: Page) {
  return page.locator('.kyc-summary__row').evaluateAll((rows) =>
    rows.map((element) => {
      const [term, answer] = [element.querySelector('dt'), element.querySelector('dd')].map((part) =>
        (part as Element).getBoundingClientRect(),
      ) as [DOMRect, DOMRect];
      return { key: (element as HTMLElement).dataset.key, term, answer };
    }),
  );
}

/** Where the browser draws the first and the last character of the text node holding `text` in `scope`. */
function glyphs(scope: Locator, text: string) {
  return scope.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.textContent ?? '';
      if (!value.includes(wanted)) continue;
      const at = value.indexOf(wanted);
      const range = document.createRange();
      const box = (index: number) => {
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        return range.getBoundingClientRect().left;
      };
      const holder = node.parentElement as Element;
      return {
        firstLeft: box(at),
        lastLeft: box(at + wanted.length - 1),
        direction: getComputedStyle(holder.closest('bdi') ?? holder).direction,
      };
    }
    return null;
  }, text);
}

describe('details', () => {
  it('given a 375 px phone / should stack each label over its answer, span the primary button and keep the e-mail whole', async () => {
    const page = await openSummary({ width: 375 });
    const boxes = await rowBoxes(page);
    expect(boxes.length).toBeGreaterThan(10);
    for (const { key, term, answer } of boxes) {
      expect({ key, below: answer.top >= term.bottom - 0.5 }).toEqual({ key, below: true });
      expect({ key, sameStart: Math.abs(answer.left - term.left) < 1 }).toEqual({ key, sameStart: true });
    }

    const summary = await page.locator('.kyc-summary').boundingBox();
    const send = await page.getByRole('button', { name: en['summary.submit'] }).boundingBox();
    expect(Math.abs((send?.width ?? 0) - (summary?.width ?? -1))).toBeLessThan(1);

    const email = row(page, 'email').locator('dd bdi');
    expect(await email.textContent()).toBe(LONG_EMAIL);
    expect(await email.evaluate((element) => element.getClientRects().length)).toBe(1);
    await shot(page, 'check-summary-stacked-375');
    await page.context().close();
  });

  it('given 1280 px / should put each answer beside its label', async () => {
    const page = await openSummary({ width: 1280 });
    for (const { key, term, answer } of await rowBoxes(page)) {
      expect({ key, beside: answer.left >= term.right && Math.abs(answer.top - term.top) < 1 }).toEqual({
        key,
        beside: true,
      });
    }
    await page.context().close();
  });

  it('given Arabic / should draw the phone number plus sign first and "10115 Berlin" as written', async () => {
    const page = await openSummary({ width: 375, locale: 'ar' });
    expect(await page.locator('.kyc-root').evaluate((root) => getComputedStyle(root).direction)).toBe('rtl');

    const phone = await glyphs(row(page, 'phone').locator('dd'), '+4915112345678');
    expect(phone?.direction).toBe('ltr');
    expect(phone?.firstLeft).toBeLessThan(phone?.lastLeft ?? -1);

    const city = await glyphs(row(page, 'residence_address').locator('dd'), '10115 Berlin');
    expect(city?.direction).toBe('ltr');
    expect(city?.firstLeft).toBeLessThan(city?.lastLeft ?? -1);
    await shot(page, 'check-summary-ar-375');
    await page.context().close();
  });

  it('given dark mode / should paint a checked radio and a checked checkbox at least 3:1 against the surface', async () => {
    const levels = await open(await seed(env, 'new'), { theme: 'dark' });
    const radio = levels.locator('.kyc-level input[type=radio]:checked');
    await radio.waitFor();
    await radio.blur();
    const surface = parseColour(await surfaceBehind(radio));
    const fill = parseColour(await radio.evaluate((element) => getComputedStyle(element).backgroundColor));
    expect(contrast(fill, surface)).toBeGreaterThanOrEqual(3);
    const [paintedRadio] = await paintedColours(levels, radio, surface);
    expect(contrast(paintedRadio ?? surface, surface)).toBeGreaterThanOrEqual(3);
    await levels.context().close();

    const summary = await openSummary({ theme: 'dark' });
    const agreements = summary.locator('.kyc-summary__step').last().getByRole('button');
    await agreements.click();
    const checkbox = summary.locator('input[type=checkbox]:checked').first();
    await checkbox.waitFor();
    await checkbox.evaluate((element) => (element as HTMLElement).blur());
    const behind = parseColour(await surfaceBehind(checkbox));
    const accent = parseColour(await checkbox.evaluate((element) => getComputedStyle(element).accentColor));
    expect(contrast(accent, behind)).toBeGreaterThanOrEqual(3);
    const [paintedBox] = await paintedColours(summary, checkbox, behind);
    expect(contrast(paintedBox ?? behind, behind)).toBeGreaterThanOrEqual(3);
    await summary.context().close();
  });

  it('should leave screenshots of the summary, a date question and the level choice in every width, scheme and language', async () => {
    for (const width of [1280, 375])
      for (const theme of ['light', 'dark'] as const)
        for (const locale of ['en', 'ar', 'de'] as const) {
          const name = `${locale}-${theme}-${width}`;
          const page = await openSummary({ width, locale, theme });
          await shot(page, `summary-${name}`);
          await page.locator('.kyc-summary__step').first().getByRole('button').click();
          const date = page.locator('input[name="birth_date"]');
          await date.waitFor();
          expect(await date.getAttribute('type')).toBe('text');
          await shot(page, `date-${name}`);
          await page.context().close();

          const levels = await open(await seed(env, 'new'), { width, locale, theme });
          await levels.locator('.kyc-level input[type=radio]:checked').waitFor();
          await shot(levels, `levels-${name}`);
          await levels.context().close();
        }
  }, 300_000);
});
