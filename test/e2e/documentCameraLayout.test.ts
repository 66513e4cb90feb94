/**
 * How an empty document side and its camera screen look to a customer, in real Chromium with a fake
 * camera, on a phone (375 px, touch, mobile) and a desktop (1280 px), in German (the longest strings),
 * Arabic (right to left) and dark: "Use the camera" sits in the drop area beside "Choose a file" (and
 * on a phone it is the only camera offered), nothing runs off the screen, every button is a full
 * 44 px target whose words are not cut; a refused camera's sentence sits under the buttons, and on a
 * phone the phone's own camera app ("Take a photo") is back. Screens go to artifacts/polish/.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxBlur, sharpCard } from '../../src/core/captureChecksImages';
import { ar } from '../../src/react/i18n/ar';
import { de } from '../../src/react/i18n/de';
import { en } from '../../src/react/i18n/en';
import { launchChromium, startE2eEnv, type E2eEnv } from './support/e2eEnv';
import { seedAtDocuments } from './support/seedAtDocuments';
import { serveWidgetPage, type WidgetPageServer } from './support/widgetPage';
import { clipFolder, fakeCameraArgs, writeY4mClip } from './support/y4mClip';

const ARTIFACTS = new URL('../../artifacts/polish/', import.meta.url);

let env: E2eEnv; // only its sandbox; the browser below films a blurred card, so the camera screen stays
let browser: Browser;
let widget: WidgetPageServer;
let folder: Awaited<ReturnType<typeof clipFolder>>;
beforeAll(async () => {
  folder = await clipFolder();
  const clip = await writeY4mClip(folder.dir, 'blurred', boxBlur(sharpCard(1280, 720), 6));
  [env, browser, widget] = await Promise.all([
    startE2eEnv(61),
    launchChromium(fakeCameraArgs(clip)),
    serveWidgetPage(),
  ]);
  await mkdir(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await Promise.all([env?.close(), browser?.close(), widget?.close()]);
  await folder?.remove();
});

/** A phone's viewport only: a full-page screenshot resizes a mobile viewport, which drops its touch emulation. */
const shot = (page: Page, name: string) =>
  page.screenshot({
    path: decodeURIComponent(new URL(`${name}.png`, ARTIFACTS).pathname),
    fullPage: page.viewportSize()?.width !== 375,
  });

/** Opens the widget at the identity documents, the passport chosen, on a phone or a desktop. */
async function atPassport(options: { width: number; locale: string; theme: string; camera: boolean }) {
  const phone = options.width < 500;
  const context = await browser.newContext({
    viewport: { width: options.width, height: phone ? 1100 : 900 }, // tall enough for the whole step
    hasTouch: phone,
    isMobile: phone,
    permissions: options.camera ? ['camera'] : [],
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const ids = await seedAtDocuments(env);
  const query = { api: env.api.url, client: ids.client_uuid, le: ids.legal_entity_uuid, locale: options.locale };
  await page.goto(`${widget.url}/?${new URLSearchParams({ ...query, theme: options.theme })}`);
  const words = { de, ar, en }[options.locale] ?? en;
  const passport = words['document.kind.passport'];
  await page.getByRole('radio', { name: passport }).check();
  const field = page.getByRole('group', { name: new RegExp(`^${passport}`) });
  await field.waitFor();
  return { page, field, words, problems, close: () => context.close() };
}

/** What runs off the page sideways, and the buttons (or button-like labels) under `scope` that are too small or cut. */
async function layoutFaults(page: Page, scope: Locator): Promise<string[]> {
  const faults = await scope.evaluate((root) =>
    Array.from(root.querySelectorAll<HTMLElement>('button, label.kyc-button'))
      .filter((button) => button.offsetParent !== null)
      .flatMap((button) => {
        const box = button.getBoundingClientRect();
        const name = button.textContent ?? '';
        return [
          ...(box.height < 44 ? [`${name}: ${box.height}px high`] : []),
          ...(button.scrollWidth > button.clientWidth + 1 ? [`${name}: words cut`] : []),
          ...(box.left < 0 || box.right > innerWidth ? [`${name}: off the screen`] : []),
        ];
      }),
  );
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  return wide > 0 ? [...faults, `page ${wide}px wider than the screen`] : faults;
}

const looks = [
  { width: 375, locale: 'de', theme: 'light' },
  { width: 375, locale: 'ar', theme: 'light' },
  { width: 375, locale: 'de', theme: 'dark' },
  { width: 375, locale: 'ar', theme: 'dark' },
  { width: 375, locale: 'en', theme: 'light' },
  { width: 1280, locale: 'de', theme: 'light' },
  { width: 1280, locale: 'ar', theme: 'light' },
  { width: 1280, locale: 'de', theme: 'dark' },
  { width: 1280, locale: 'en', theme: 'light' },
];

describe('an empty document side and its camera screen, as a customer sees them', () => {
  for (const look of looks) {
    const name = `${look.width}-${look.locale}-${look.theme}`;
    const phone = look.width < 500;
    it(`at ${name} / the camera sits beside "Choose a file", nothing is cut or off the screen`, async () => {
      const { page, field, words, problems, close } = await atPassport({ ...look, camera: true });
      const zone = field.locator('.kyc-dropzone');
      const open = zone.locator('.kyc-dropzone__actions').getByRole('button', { name: words['camera.open'] });
      await open.waitFor();
      const choose = zone.locator('.kyc-dropzone__actions').getByText(words['document.choose']);
      // Side by side on a desktop (even where "Drag a file here, or" leaves them no room on its line).
      if (!phone) expect((await choose.boundingBox())?.y).toBe((await open.boundingBox())?.y);
      // A phone with a live camera offers it alone: no second, unchecked camera beside it.
      expect(await field.getByText(words['document.camera'], { exact: true }).count()).toBe(0);
      expect(await layoutFaults(page, field)).toEqual([]);
      await shot(page, `documents-${name}`);

      await open.click();
      const hint = field.locator('.kyc-camera__hint');
      await hint.getByText(words['camera.hint.blurry']).waitFor();
      expect(await layoutFaults(page, field)).toEqual([]);
      await shot(page, `camera-${name}`);
      expect(problems).toEqual([]);
      await close();
    });

    it(`at ${name} / a refused camera says why under the buttons${phone ? ', and "Take a photo" is back' : ''}`, async () => {
      const { page, field, words, problems, close } = await atPassport({ ...look, camera: false });
      await field.getByRole('button', { name: words['camera.open'] }).click();
      const alert = field.locator('.kyc-dropzone .kyc-dropzone__actions + [role="alert"]');
      expect(await alert.innerText()).toBe(words['camera.denied']);
      expect(await field.getByText(words['document.camera'], { exact: true }).count()).toBe(phone ? 1 : 0);
      expect(await layoutFaults(page, field)).toEqual([]);
      await shot(page, `denied-${name}`);
      expect(problems).toEqual([]);
      await close();
    });
  }
});
