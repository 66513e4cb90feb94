/**
 * The identity documents step in real Chromium, on a desktop (1280 px, mouse) and a phone (375 px,
 * touch): the customer is asked which document they have and sees only that document's sides; real
 * PNG and PDF uploads show a preview large enough to read and drop their drop zones; nothing on screen
 * is API language; the desktop step stays under 1000 px tall; after a reload the choice and the files
 * are still there (as file cards: the API cannot send a file back).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, snapshot, startE2eEnv } from './support/e2eEnv';
import type { E2eEnv, Seeded } from './support/e2eEnv';
import { continueTo, fillDocuments, uploadTo } from './support/fullSteps';
import { drawnImages, onePagePdf } from './support/testFiles';
import type { TestFile } from './support/testFiles';
import { seedAtDocuments } from './support/seedAtDocuments';

let env: E2eEnv;
let png: TestFile;
beforeAll(async () => {
  env = await startE2eEnv();
  ({ png } = await drawnImages(env.browser));
});
afterAll(async () => env?.close());

async function open(
  ids: Seeded,
  width: number,
): Promise<{ page: Page; close: () => Promise<void>; problems: string[] }> {
  const phone = width < 500;
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, hasTouch: phone });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const query = new URLSearchParams({ api: env.api.url, client: ids.client_uuid, le: ids.legal_entity_uuid });
  await page.goto(`${env.partner.url}/?${query}`);
  await page.getByRole('heading', { name: 'Identity documents' }).waitFor();
  return { page, problems, close: () => context.close() };
}

/** What the widget says, for the "no API language" check. */
const widgetText = (page: Page) => page.getByRole('region', { name: 'Identity verification' }).innerText();
const API_WORDS =
  /_side|_license|id_card|passport_|attribute|document key|\/v1\/|POST|PATCH|same picture|back side also|single-sided|uuid/i;

describe('identity documents step', () => {
  for (const width of [1280, 375]) {
    it(`at ${width} px / should ask which document, show only its sides, preview real uploads and keep them after a reload`, async () => {
      const ids = await seedAtDocuments(env);
      const { page, close, problems } = await open(ids, width);
      const step = page.locator('.kyc-step');

      const choice = page.getByRole('group', { name: /Which document do you have\?/ });
      await expect.poll(() => choice.getByRole('radio').count()).toBe(4);
      expect(await page.locator('input[type=file]').count()).toBe(0);
      await shot(page, `documents-${width}-choice`);

      await choice.getByRole('radio', { name: 'ID card' }).check();
      const front = page.getByRole('group', { name: /^ID card, front side/ });
      const back = page.getByRole('group', { name: /^ID card, back side/ });
      await front.waitFor();
      await back.waitFor();
      for (const other of [/^Passport/, /^Driving licence/, /^Residence permit/]) {
        expect(await page.getByRole('group', { name: other }).count()).toBe(0);
      }
      expect(await front.getByText(/Drag a file here/).isVisible()).toBe(width >= 500);
      expect(await front.getByText('Take a photo').isVisible()).toBe(width < 500);
      await shot(page, `documents-${width}-id-card`);

      await uploadTo(page, /^ID card, front side/, png);
      await uploadTo(page, /^ID card, back side/, onePagePdf('id-card-back.pdf'));
      const preview = front.locator('img');
      await preview.waitFor();
      const box = await preview.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(width < 500 ? 250 : 300);
      expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      expect(await front.getByText(png.name, { exact: true }).isVisible()).toBe(true);
      expect(await back.getByText('id-card-back.pdf', { exact: true }).isVisible()).toBe(true);
      expect(await back.locator('svg[data-type="pdf"]').isVisible()).toBe(true);
      for (const side of [front, back]) {
        expect(await side.getByText('Choose a file').count()).toBe(0);
        expect(await side.getByText('Replace file').isVisible()).toBe(true);
      }
      expect(await widgetText(page)).not.toMatch(API_WORDS);
      const height = (await step.boundingBox())?.height ?? Infinity;
      if (width === 1280) expect(height).toBeLessThan(1000);
      await shot(page, `documents-${width}-uploaded`);

      await page.getByText('All changes saved').waitFor({ timeout: 30_000 });
      const stored = await snapshot(env, ids.application_uuid ?? '');
      expect(
        Object.keys(stored.answers)
          .filter((key) => key.startsWith('id_card'))
          .sort(),
      ).toEqual(['id_card_back_side', 'id_card_front_side']);

      // The step is complete, so a reload resumes at the next one; Back returns to it.
      await page.reload();
      await page.getByRole('heading', { name: 'Address and funds' }).waitFor();
      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByRole('heading', { name: 'Identity documents' }).waitFor();
      expect(await page.getByRole('radio', { name: 'ID card' }).isChecked()).toBe(true);
      await front.getByText(png.name, { exact: true }).waitFor();
      await back.getByText('id-card-back.pdf', { exact: true }).waitFor();
      expect(await front.getByText(/Uploaded earlier/).isVisible()).toBe(true);
      expect(await page.getByRole('group', { name: /^Passport/ }).count()).toBe(0);
      expect(await widgetText(page)).not.toMatch(API_WORDS);
      await shot(page, `documents-${width}-after-reload`);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('given the passport, then a change to a one-sided ID card / should show only the ID card front and go on', async () => {
    const { jpeg } = await drawnImages(env.browser);
    const ids = await seedAtDocuments(env);
    const { page, close, problems } = await open(ids, 1280);

    await fillDocuments(page, png, jpeg);

    expect(await page.getByRole('group', { name: /^Passport/ }).count()).toBe(0);
    expect(await page.getByRole('group', { name: /^ID card, back side/ }).count()).toBe(0);
    await page.getByText('All changes saved').waitFor({ timeout: 30_000 });
    const stored = await snapshot(env, ids.application_uuid ?? '');
    const files = (key: string) => JSON.stringify((stored.answers[key] as { files?: unknown } | undefined)?.files);
    expect(files('passport')).toContain(png.name);
    expect(files('id_card_front_side')).toContain(jpeg.name);
    expect(files('id_card_back_side')).toBe(files('id_card_front_side'));
    await continueTo(page, 'Address and funds');
    expect(problems).toEqual([]);
    await close();
  });
});
