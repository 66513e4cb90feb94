/**
 * Capture checks in real Chromium (the partner page built from the sources, the HTTP sandbox): a
 * blurred or glare-covered picked photo gets the retake screen and nothing is uploaded; a sharp one
 * uploads at once. The pictures are PNGs made by the test (`core/captureChecksImages.ts`), decoded by
 * the browser, checked in the worker.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxBlur, sharpCard, withGlare } from '../../src/core/captureChecksImages';
import { shot, snapshot, startE2eEnv, type E2eEnv, type Seeded } from './support/e2eEnv';
import { greyPng } from './support/greyPng';
import { seedAtDocuments } from './support/seedAtDocuments';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2eEnv();
});
afterAll(async () => env?.close());

// A phone photo's proportions at a size every default accepts; the thumbnail is sharp but too small to read.
const card = sharpCard(1200, 800);
const sharp = greyPng(card, 'passport-sharp.png');
const blurry = greyPng(boxBlur(card, 3), 'passport-blurry.png');
const glare = greyPng(withGlare(card), 'passport-glare.png');
const thumbnail = greyPng(sharpCard(480, 320), 'passport-thumbnail.png');

async function openAtPassport(ids: Seeded, width = 1280, query: Record<string, string> = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const search = new URLSearchParams({
    api: env.api.url,
    client: ids.client_uuid,
    le: ids.legal_entity_uuid,
    ...query,
  });
  await page.goto(`${env.partner.url}/?${search}`);
  await page.getByRole('radio', { name: 'Passport' }).check();
  const field = page.getByRole('group', { name: /^Passport/ });
  return { page, field, problems, close: () => context.close() };
}

const pick = (page: Page, file: typeof sharp) =>
  page
    .getByRole('group', { name: /^Passport/ })
    .locator('input[type=file]')
    .first()
    .setInputFiles(file);

describe('capture checks on a picked photo', () => {
  it('given a blurred photo / should show it large with what is wrong, Retake first, and upload nothing', async () => {
    const ids = await seedAtDocuments(env);
    const { page, field, problems, close } = await openAtPassport(ids);
    await pick(page, blurry);
    await field.getByText('The photo is blurry — hold still and tap to focus.').waitFor();
    const photo = field.getByRole('img', { name: 'Your photo' });
    expect((await photo.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(250);
    const buttons = await field.locator('.kyc-retake button').allInnerTexts();
    expect(buttons).toEqual(['Retake', 'Use it anyway']);
    await shot(page, 'capture-retake-1280');
    expect((await snapshot(env, ids.application_uuid ?? '')).files ?? []).toEqual([]);

    const chooser = page.waitForEvent('filechooser');
    await field.getByRole('button', { name: 'Retake' }).click();
    await (await chooser).setFiles(sharp);
    await field.getByText('Uploaded: passport-sharp.png').waitFor();
    expect(problems).toEqual([]);
    await close();
  });

  it('given a glare-covered photo / should ask to tilt it; "Use it anyway" uploads it as it is', async () => {
    const ids = await seedAtDocuments(env);
    const { page, field, close } = await openAtPassport(ids);
    await pick(page, glare);
    await field.getByText(/Light reflects on the document/).waitFor();
    await field.getByRole('button', { name: 'Use it anyway' }).click();
    await field.getByText('Uploaded: passport-glare.png').waitFor();
    expect((await snapshot(env, ids.application_uuid ?? '')).files).toHaveLength(1);
    await close();
  });

  it('given a sharp thumbnail / should say it is too small to read and upload nothing', async () => {
    const ids = await seedAtDocuments(env);
    const { page, field, close } = await openAtPassport(ids);
    await pick(page, thumbnail);
    await field.getByText('The photo is too small — come closer so the document fills the picture.').waitFor();
    expect((await snapshot(env, ids.application_uuid ?? '')).files ?? []).toEqual([]);
    await close();
  });

  it('given a sharp photo / should upload it straight away', async () => {
    const ids = await seedAtDocuments(env);
    const { page, field, close } = await openAtPassport(ids);
    await pick(page, sharp);
    await field.getByText('Uploaded: passport-sharp.png').waitFor();
    expect(await field.getByRole('button', { name: 'Retake' }).count()).toBe(0);
    await close();
  });
});
