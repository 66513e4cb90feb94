/**
 * "Continue on your phone" through the widget in Debian's Chromium, two browser contexts on the demo
 * partner app (its backend: the session cookie and `react-kyc-flow/server` with the hand-off option, in
 * front of the HTTP sandbox). A desktop (1280 px, mouse) walks to the identity documents and opens the
 * panel; a phone (touch, 390 px, none of the desktop's cookies) opens the panel's link, sees only that
 * step, uploads a passport and is told to go back to the computer; the desktop shows the passport and the
 * partner gets `handoff_completed`. The same link for another client's application, and an expired link,
 * are refused by the proxy, and the phone says so in one sentence. Screenshots: artifacts/handoff/.
 */
import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharpCard } from '../../src/core/captureChecksImages';
import { createHandoffToken, verifyHandoffToken } from '../../src/server';
import { continueAndSign, continueTo, fillContact, fillOccupation, uploadTo } from './support/fullSteps';
import { greyPng } from './support/greyPng';
import { onePagePdf } from './support/testFiles';
import {
  ARTIFACTS,
  openDesktop,
  openPhone,
  startHandoffDemo,
  type HandoffDemo,
  type Opened,
} from './support/handoffDemo';

let env: HandoffDemo;
beforeAll(async () => {
  env = await startHandoffDemo();
  await mkdir(ARTIFACTS, { recursive: true });
});
afterAll(async () => env?.close());

/** A sharp passport photo, 1280 px wide: well above every "too small" threshold of the capture checks. */
const passport = greyPng(sharpCard(1280, 854), 'passport-phone.png');
const QR = { name: 'QR code that opens this step on your phone' };
const LINK = { name: 'Link for your phone' };
const shot = (page: Page, name: string) =>
  page.screenshot({ path: new URL(`${name}.png`, ARTIFACTS).pathname, fullPage: true });

/** The desktop on the identity documents step with the hand-off panel open: the link it shows. */
async function desktopAtPanel(): Promise<Opened & { link: string }> {
  const desktop = await openDesktop(env, 'draft');
  const { page } = desktop;
  await page.getByRole('heading', { name: 'Contact details' }).waitFor();
  await fillContact(page);
  await continueAndSign(page, 'Occupation and finances', false);
  await fillOccupation(page);
  await continueTo(page, 'Identity documents');
  await page.getByRole('button', { name: 'Continue on your phone' }).click();
  await page.getByRole('img', QR).waitFor();
  const link = await page.getByRole('textbox', LINK).inputValue();
  return { ...desktop, link };
}

/** The phone's sentence for a link the proxy refused, and the proxy's answer behind it. */
async function refusedOnPhone(link: string): Promise<{ code: unknown; phone: Opened }> {
  const phone = await openPhone(env);
  const refusal = phone.page.waitForResponse((response) => new URL(response.url()).pathname.startsWith('/kyc/'));
  await phone.page.goto(link);
  const code = ((await (await refusal).json()) as { code?: unknown }).code;
  await phone.page.getByRole('heading', { name: 'This link no longer works' }).waitFor();
  await phone.page.getByText('On your computer, choose “Continue on your phone” again for a new link.').waitFor();
  expect(await phone.page.getByRole('button', { name: /Upload|Choose/ }).count()).toBe(0);
  return { code, phone };
}

describe('continuing on a phone, desktop and phone in two browser contexts', () => {
  let desktop: Opened & { link: string };
  let phone: Opened;
  const closing: BrowserContext[] = [];
  afterAll(async () => Promise.all(closing.map((context) => context.close())));

  it('given the desktop on its documents step / should show a QR code and a link to this page for the phone', async () => {
    desktop = await desktopAtPanel();
    closing.push(desktop.context);
    const url = new URL(desktop.link);
    expect(url.origin).toBe(env.demo.origin);
    expect(url.searchParams.get('handoff')).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(Number(await desktop.page.getByRole('img', QR).getAttribute('data-modules'))).toBeGreaterThan(21);
    await desktop.page.getByRole('status').filter({ hasText: 'Waiting for your phone…' }).waitFor();
    // The partner hears of the panel once, though the demo runs in StrictMode (effects mount twice).
    const events = await desktop.page.getByRole('list', { name: 'Events' }).getByRole('listitem').allInnerTexts();
    expect(events.filter((event) => event === 'handoff_opened')).toHaveLength(1);
    await shot(desktop.page, 'desktop-panel-1280-light');
  });

  it('given the link on a phone with no session / should show only that step, take the passport and send the customer back; the desktop shows it', async () => {
    phone = await openPhone(env);
    closing.push(phone.context);
    const { page } = phone;
    const sent: { path: string; token: boolean; cookie: boolean }[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      const headers = request.headers();
      if (pathname.startsWith('/kyc/') || pathname.startsWith('/demo/'))
        sent.push({ path: pathname, token: 'x-kyc-handoff' in headers, cookie: 'cookie' in headers });
    });
    await page.goto(desktop.link);
    await page.getByRole('heading', { name: 'Identity documents' }).waitFor();
    const headings = await page.locator('.kyc-handoff-phone h2').allInnerTexts();
    expect(headings).toEqual(['Identity documents']);
    expect(await page.getByText('Address and funds').count()).toBe(0);
    expect(await page.getByRole('textbox', { name: /E-mail address/ }).count()).toBe(0);
    await shot(page, 'phone-step-390-light');

    await page.getByRole('radio', { name: 'Passport' }).check();
    await shot(page, 'phone-passport-390-light');
    await page
      .getByRole('group', { name: /^Passport/ })
      .locator('input[type=file]')
      .first()
      .setInputFiles(passport);
    await page.getByText('You can go back to your computer.').waitFor({ timeout: 20_000 });
    await shot(page, 'phone-done-390-light');
    expect(phone.problems).toEqual([]);
    // The phone never signed in: no cookie, every call to the proxy carried the link's token, none other.
    expect(await phone.context.cookies()).toEqual([]);
    expect(sent.length).toBeGreaterThan(3);
    expect(sent.filter((request) => !request.path.startsWith('/kyc/') || !request.token || request.cookie)).toEqual([]);

    // The desktop, reading the application again while the panel is open (pauses of 1.5 s growing to
    // 8 s at most), shows the phone's passport.
    const field = desktop.page.getByRole('group', { name: /^Passport/ });
    await field.getByText('passport-phone.png', { exact: true }).waitFor({ timeout: 12_000 });
    await desktop.page.getByRole('status').filter({ hasText: 'Done on your phone. You can carry on here.' }).waitFor();
    await desktop.page
      .getByRole('list', { name: 'Events' })
      .getByText('handoff_completed', { exact: true })
      .waitFor({ timeout: 5_000 });
    await desktop.page.getByText('All changes saved').waitFor();
    await shot(desktop.page, 'desktop-done-1280-light');
    expect(desktop.problems).toEqual([]);
  });

  it('given the desktop on its liveness step / should let the phone do the video selfie, and the desktop sees it done', async () => {
    const { page: desk } = desktop;
    await continueTo(desk, 'Address and funds');
    // The panel belonged to the documents step: this one offers the phone again, and mints nothing unasked.
    await desk.getByRole('button', { name: 'Continue on your phone' }).waitFor();
    expect(await desk.getByRole('img', QR).count()).toBe(0);
    await uploadTo(desk, /Proof of address/, onePagePdf());
    await desk.getByRole('button', { name: 'Continue', exact: true }).click(); // not "Continue on your phone"
    await desk.getByRole('heading', { name: 'Liveness check' }).waitFor();
    await desk.getByRole('button', { name: 'Continue on your phone' }).click();
    await desk.getByRole('img', QR).waitFor();
    const link = await desk.getByRole('textbox', LINK).inputValue();

    const { page } = phone;
    await page.goto(link);
    await page.getByRole('heading', { name: 'Liveness check' }).waitFor();
    expect(await page.locator('.kyc-handoff-phone h2').allInnerTexts()).toEqual(['Liveness check']);
    await page.getByRole('button', { name: 'Start' }).click();
    const sdk = page.frameLocator('iframe[title="Video selfie check"]');
    await sdk.locator('#sis-start').click();
    await sdk.locator('#sis-finish').click();
    await page.getByText('You can go back to your computer.').waitFor({ timeout: 20_000 });
    await shot(page, 'phone-liveness-done-390-light');

    await desk.getByText('Your video selfie check is complete.').waitFor({ timeout: 12_000 });
    await expect
      .poll(async () =>
        (await desk.getByRole('list', { name: 'Events' }).getByRole('listitem').allInnerTexts()).filter(
          (event) => event === 'handoff_completed',
        ),
      )
      .toHaveLength(2);
    await shot(desk, 'desktop-liveness-done-1280-light');
  });

  it('given the same link for another client’s application / should be refused by the proxy and say so on the phone', async () => {
    const other = await openDesktop(env, 'draft');
    closing.push(other.context);
    await other.page.getByRole('heading', { name: 'Contact details' }).waitFor(); // signed in, application read
    const otherUuid = await other.page.evaluate(async () => {
      const info = await (await fetch('/kyc/v1/clients/kyc-level-info/')).json();
      return (info as { last_kyc_application_uuid: string }).last_kyc_application_uuid;
    });
    const link = new URL(desktop.link);
    expect(otherUuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(link.searchParams.get('application')).not.toBe(otherUuid);
    link.searchParams.set('application', otherUuid);
    const { code, phone: refused } = await refusedOnPhone(link.toString());
    closing.push(refused.context);
    expect(code).toBeUndefined(); // a 404, as for an application that does not exist
    await shot(refused.page, 'phone-other-application-390-light');
  });

  it('given an expired link / should be refused by the proxy and say so on the phone', async () => {
    const link = new URL(desktop.link);
    const verdict = await verifyHandoffToken(link.searchParams.get('handoff') ?? '', { secret: env.secret });
    if (!verdict.ok) throw new Error(`the desktop's token is ${verdict.reason}`);
    const { expiresAt: _, ...claims } = verdict.claims;
    const expired = await createHandoffToken({
      ...claims,
      secret: env.secret,
      ttlSeconds: 60,
      now: Date.now() - 120_000,
    });
    link.searchParams.set('handoff', expired);
    const { code, phone: refused } = await refusedOnPhone(link.toString());
    closing.push(refused.context);
    expect(code).toBe('handoff_expired');
    await shot(refused.page, 'phone-expired-390-light');

    // The same sentence in the customer's language (the link carries the page's locale).
    const arabic = await openPhone(env, 'dark');
    closing.push(arabic.context);
    link.searchParams.set('locale', 'ar');
    link.searchParams.set('theme', 'dark');
    await arabic.page.goto(link.toString());
    await arabic.page.getByRole('heading', { name: 'هذا الرابط لم يعد يعمل' }).waitFor();
    expect(await arabic.page.locator('.kyc-root').getAttribute('dir')).toBe('rtl');
    await shot(arabic.page, 'phone-expired-390-dark-ar');
  });

  it('given a link that expires after the phone opened it / should say the photo was not sent and to get a new link', async () => {
    const fresh = await desktopAtPanel(); // a customer whose identity documents are still to do
    closing.push(fresh.context);
    const verdict = await verifyHandoffToken(new URL(fresh.link).searchParams.get('handoff') ?? '', {
      secret: env.secret,
    });
    if (!verdict.ok) throw new Error(`the desktop's token is ${verdict.reason}`);
    const { expiresAt: _, ...claims } = verdict.claims;
    for (const [locale, scheme, title] of [
      ['en', 'light', 'This link no longer works'],
      ['ar', 'dark', 'هذا الرابط لم يعد يعمل'],
    ] as const) {
      // Valid for about four more seconds: long enough to open the step, then it runs out on the phone.
      const token = await createHandoffToken({
        ...claims,
        secret: env.secret,
        ttlSeconds: 60,
        now: Date.now() - 56_000,
      });
      const link = new URL(fresh.link);
      link.searchParams.set('handoff', token);
      link.searchParams.set('locale', locale);
      link.searchParams.set('theme', scheme);
      const late = await openPhone(env, scheme);
      closing.push(late.context);
      const { page } = late;
      await page.goto(link.toString());
      await page.locator('.kyc-handoff-phone input[type=radio][value=passport]').check();
      await expect
        .poll(async () => (await verifyHandoffToken(token, { secret: env.secret })).ok, { timeout: 10_000 })
        .toBe(false);
      await page.locator('.kyc-handoff-phone [data-key=passport] input[type=file]').first().setInputFiles(passport);
      await page.getByRole('heading', { name: title }).waitFor();
      await page.locator('.kyc-handoff-phone .kyc-step').waitFor({ state: 'detached' });
      expect(await page.locator('.kyc-field__error').count()).toBe(0);
      if (locale === 'en') {
        const alert = page.getByRole('alert');
        expect(await alert.innerText()).toContain('It has expired, so what you chose on this phone was not sent.');
        expect(await alert.innerText()).toContain('choose “Continue on your phone” again for a new link.');
      } else {
        expect(await page.locator('.kyc-root').getAttribute('dir')).toBe('rtl');
      }
      // The partner's phone page heard of the refused upload once.
      const events = page.getByRole('list', { name: 'Events on this phone' }).getByRole('listitem');
      await expect
        .poll(async () => (await events.allInnerTexts()).filter((event) => event === 'error'))
        .toHaveLength(1);
      expect(late.problems).toEqual([]);
      await shot(page, `phone-expired-later-390-${scheme}-${locale}`);
    }
  }, 40_000);

  it('given the link in dark mode / should show the phone’s step in the dark scheme', async () => {
    const dark = await openPhone(env, 'dark');
    closing.push(dark.context);
    const fresh = await desktopAtPanel();
    closing.push(fresh.context);
    const link = new URL(fresh.link);
    link.searchParams.set('theme', 'dark');
    await dark.page.goto(link.toString());
    await dark.page.getByRole('heading', { name: 'Identity documents' }).waitFor();
    expect(await dark.page.locator('.kyc-root').getAttribute('data-color-scheme')).toBe('dark');
    await shot(dark.page, 'phone-step-390-dark');
  });
});
