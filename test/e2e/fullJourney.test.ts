/**
 * The Full level in real Chromium: every attribute type, real uploads through the file input, both
 * signatures (a wrong code first), the liveness check through the real @sumsub/websdk-react in its
 * iframe against the sandbox stand-in, send to review, approval. Afterwards nothing about the client
 * is left in the browser's storage and no token travelled in a URL the widget controls.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLevel } from './support/basicJourney';
import { decide, kycRecord, openPartner, seed, shot, snapshot, startE2eEnv } from './support/e2eEnv';
import type { E2eEnv } from './support/e2eEnv';
import {
  allSaved,
  continueAndSign,
  continueTo,
  FULL_ANSWERS,
  fillContact,
  fillDocuments,
  fillOccupation,
  fillPersonal,
  sendAndSign,
  uploadTo,
} from './support/fullSteps';
import { drawnImages, onePagePdf } from './support/testFiles';
import type { TestFile } from './support/testFiles';

let env: E2eEnv;
let png: TestFile;
let jpeg: TestFile;
beforeAll(async () => {
  env = await startE2eEnv();
  ({ png, jpeg } = await drawnImages(env.browser));
});
afterAll(async () => env?.close());

describe('Full journey', () => {
  it('given a new client / should answer every attribute type, upload, sign, pass liveness and be approved', async () => {
    const ids = await seed(env, 'new');
    const { page, context, problems } = await openPartner(env, ids);
    const startUrl = page.url();
    const requested: string[] = [];
    const tokens: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('response', (response) => {
      if (response.url().includes('/attributes/sumsub_liveness_check_token/')) {
        void response.json().then(
          (body: unknown) => {
            const value = (body as { value?: unknown }).value;
            if (typeof value === 'string') tokens.push(value);
          },
          () => undefined,
        );
      }
    });
    let n = 0;
    const step = async (name: string) => shot(page, `journey-${String(++n).padStart(2, '0')}-${name}`);

    await page.getByRole('radio', { name: /Full/ }).waitFor();
    await step('levels');
    await chooseLevel(page, 'Full');

    await fillPersonal(page);
    await step('personal');
    await continueTo(page, 'Contact details');
    await fillContact(page);
    await step('contact');
    await continueAndSign(page, 'Occupation and finances', true);
    await fillOccupation(page);
    await step('occupation');
    await continueTo(page, 'Identity documents');
    await fillDocuments(page, png, jpeg);
    await allSaved(page); // the paired back side of the single-sided ID card is stored too
    await step('documents');
    await continueTo(page, 'Address and funds');
    await uploadTo(page, /Proof of address/, onePagePdf());
    await step('address');
    await continueTo(page, 'Liveness check');

    const liveness = page.getByRole('group', { name: /Take a video selfie/ });
    await liveness.getByRole('button', { name: 'Start' }).click();
    const sdk = page.frameLocator('iframe[title="Video selfie check"]');
    await sdk.locator('#sis-start').click();
    await step('liveness');
    await sdk.locator('#sis-finish').click();
    await liveness.getByText('Your video selfie check is complete.').waitFor();
    await step('liveness-done');
    await continueTo(page, 'Agreements');

    const consents = page.getByRole('checkbox', { name: /I have read and accept/ });
    await expect.poll(() => consents.count()).toBe(2);
    await consents.nth(0).check();
    await consents.nth(1).check();
    await step('agreements');
    await page.getByRole('button', { name: 'Review answers' }).click();

    await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
    await step('summary');
    // Send asks once for the terms' SMS code (a wrong one first), then for the review's own.
    await sendAndSign(page, true);
    await step('in-review');

    const applicationUuid = (await kycRecord(page)).status.at(-1)?.applicationUuid ?? '';
    const stored = await snapshot(env, applicationUuid);
    expect(stored.sendToReviewCount).toBe(1);
    expect(stored.answers).toMatchObject({ ...FULL_ANSWERS });
    // The PDF is stored as it was picked; the pictures were drawn again in the browser (their pixels only).
    const pdf = onePagePdf();
    expect(stored.files.map((file) => [file.name, file.contentType]).sort()).toEqual(
      [png, jpeg, pdf].map((file) => [file.name, file.mimeType]).sort(),
    );
    expect(stored.files.find((file) => file.name === pdf.name)?.size).toBe(pdf.buffer.length);
    expect(stored.documents.map((document) => document.attributeKey).sort()).toEqual(
      ['id_card_back_side', 'id_card_front_side', 'passport', 'proof_of_address'].sort(),
    );
    const byKey = Object.fromEntries(stored.documents.map((document) => [document.attributeKey, document.fileUuids]));
    expect(byKey['id_card_back_side']).toEqual(byKey['id_card_front_side']);

    await decide(env, ids, applicationUuid, 'approve');
    await page.getByRole('heading', { name: 'You are verified' }).waitFor({ timeout: 20_000 });
    await step('approved');
    expect((await kycRecord(page)).complete).toEqual([{ applicationUuid, status: 'approved' }]);

    // Nothing about the client stays in the browser; no token in a URL the widget controls.
    const stores = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).map((database) => database.name),
    }));
    expect(stores).toEqual({ local: 0, session: 0, databases: [] });
    expect(await context.cookies()).toEqual([]);
    expect(page.url()).toBe(startUrl);
    expect(tokens.length).toBeGreaterThan(0);
    const widgetRequests = requested.filter(
      (url) => url.startsWith(`${env.api.url}/v1/`) || url.startsWith(env.partner.url),
    );
    for (const token of tokens) expect(widgetRequests.filter((url) => url.includes(token))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
