/**
 * When the session or the network fails in Chromium, against the HTTP sandbox and its fault options: the
 * customer reads what happened in the widget's language and loses nothing, a send whose answer is lost
 * ends in "being reviewed" with one send on the server, and a real double click on Send sends once.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BASIC_ANSWERS, chooseLevel, signWithCode } from './support/basicJourney';
import { kycRecord, openPartner, seed, setFaults, shot, snapshot, startE2eEnv } from './support/e2eEnv';
import type { E2eEnv } from './support/e2eEnv';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2eEnv(31);
});
afterEach(async () => setFaults(env, {}));
afterAll(async () => env?.close());

/** Anything technical that must never reach the customer's screen. */
const TECHNICAL = /\b(GET|POST|PATCH|HTTP|401|403|404|429|50\d)\b|\/v1\/|\{uuid\}|detail|Authentication/;

/** From the level choice to the summary of the Basic level, as `basicJourney` does, without sending. */
async function upToSummary(page: Page): Promise<void> {
  await chooseLevel(page, 'Basic');
  await page.getByRole('heading', { name: 'Your name' }).waitFor();
  await page.getByRole('textbox', { name: /First name/ }).fill(BASIC_ANSWERS.first_name);
  await page.getByRole('textbox', { name: /Last name/ }).fill(BASIC_ANSWERS.last_name);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Birth and citizenship' }).waitFor();
  await page.getByLabel(/Date of birth/).fill(BASIC_ANSWERS.birth_date);
  await page.getByRole('combobox', { name: /Citizenship/ }).fill('Germ');
  await page.getByRole('option', { name: 'Germany' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Phone and terms' }).waitFor();
  await page.getByRole('textbox', { name: /Phone number/ }).fill(BASIC_ANSWERS.phone);
  await page.getByRole('checkbox', { name: /I have read and accept/ }).check();
  // Confirm the phone on its step (the save status' Confirm), so that Send has nothing left to ask.
  await page.getByRole('button', { name: 'Confirm' }).click();
  await signWithCode(page, false);
  await page.getByRole('button', { name: 'Review answers' }).click();
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
}

/** Counts the send-to-review requests the page makes. */
function countSends(page: Page): () => number {
  let sends = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/send-to-review/')) sends++;
  });
  return () => sends;
}

describe('session and faults in the browser', () => {
  it('given the session expires while saving (German) / should say so, keep the answers, and save them after the session returns', async () => {
    const ids = await seed(env, 'new');
    const { page, context, problems } = await openPartner(env, ids);
    await page.goto(`${page.url()}&locale=de`);
    const widget = page.getByRole('region', { name: 'Identitätsprüfung' });
    // The sandbox answers in the widget's language too (Accept-Language).
    await page.getByRole('radio', { name: /Basis/ }).check();
    await page.getByRole('button', { name: 'Prüfung starten' }).click();
    await page.getByRole('heading', { name: 'Ihr Name' }).waitFor();
    await setFaults(env, { routes: { updateApplication: { status: 401 } } });

    const first = page.getByRole('textbox', { name: /Vorname/ });
    await first.fill('Grace');
    await page.getByRole('textbox', { name: /Nachname/ }).fill('Hopper');
    await widget.getByText(/Ihre Sitzung ist abgelaufen/).waitFor({ timeout: 15_000 });
    await shot(page, 'session-expired-de');

    expect(await first.inputValue()).toBe('Grace');
    expect(await widget.textContent()).not.toMatch(TECHNICAL);
    const record = await kycRecord(page);
    expect(record.events.filter((type) => type === 'session_expired')).toHaveLength(1);
    expect(record.errors).toContainEqual({ name: 'KycUnauthorizedError', during: 'save' });
    const applicationUuid = (await page.locator('[data-application-uuid]').getAttribute('data-application-uuid')) ?? '';
    expect((await snapshot(env, applicationUuid)).answers.first_name ?? null).toBeNull();

    await setFaults(env, {}); // the partner signed the customer in again
    await widget.getByRole('button', { name: 'Erneut speichern' }).click();
    await widget.getByText('Alle Änderungen gespeichert').waitFor();
    expect((await snapshot(env, applicationUuid)).answers).toMatchObject({ first_name: 'Grace', last_name: 'Hopper' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('given the send-to-review answer is lost after the server put it in review / should show "being reviewed" with one send on the server', async () => {
    const ids = await seed(env, 'new');
    const { page, context, problems } = await openPartner(env, ids);
    await upToSummary(page);
    await setFaults(env, { routes: { sendToReview: { lostResponseRate: 1 } } });
    const sends = countSends(page);

    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.getByRole('heading', { name: 'Your verification is being reviewed' }).waitFor({ timeout: 30_000 });

    const applicationUuid = (await kycRecord(page)).status.at(-1)?.applicationUuid ?? '';
    expect(await snapshot(env, applicationUuid)).toMatchObject({ status: 'in_review', sendToReviewCount: 1 });
    expect(sends()).toBe(1);
    expect((await kycRecord(page)).events).toContain('sent_to_review');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('given a double click on Send for review / should send once', async () => {
    const ids = await seed(env, 'new');
    const { page, context } = await openPartner(env, ids);
    await upToSummary(page);
    await setFaults(env, { routes: { sendToReview: { latencyMs: 300 } } });
    const sends = countSends(page);

    await page.getByRole('button', { name: 'Send for review' }).dblclick();
    await page.getByRole('heading', { name: 'Your verification is being reviewed' }).waitFor({ timeout: 30_000 });

    const applicationUuid = (await kycRecord(page)).status.at(-1)?.applicationUuid ?? '';
    expect(sends()).toBe(1);
    expect((await snapshot(env, applicationUuid)).sendToReviewCount).toBe(1);
    await context.close();
  });

  it('given a double click on Start / should create one application', async () => {
    const ids = await seed(env, 'new');
    const { page, context } = await openPartner(env, ids);
    let creates = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/kyc-level-info/')) creates++;
    });
    await page.getByRole('radio', { name: /Basic/ }).check();
    await page.getByRole('button', { name: 'Start verification' }).dblclick();
    await page.getByRole('heading', { name: 'Your name' }).waitFor();
    expect(creates).toBe(1);
    await context.close();
  });
});
