/**
 * Found walking the Full level as a customer: on a phone (375 px) in German, the live camera's
 * "Stattdessen eine Datei wählen" wrapped with one word alone on its second line. A button that needs
 * two lines splits them evenly, so its words read as one label.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharpCard } from '../../src/core/captureChecksImages';
import { de } from '../../src/react/i18n/de';
import { startE2eEnv, type E2eEnv } from './support/e2eEnv';
import { seedAtDocuments } from './support/seedAtDocuments';
import { serveWidgetPage, type WidgetPageServer } from './support/widgetPage';
import { clipFolder, fakeCameraArgs, writeY4mClip } from './support/y4mClip';
import { launchChromium } from '../support/chromium';

let env: E2eEnv;
let browser: Browser;
let widget: WidgetPageServer;
let folder: Awaited<ReturnType<typeof clipFolder>>;
beforeAll(async () => {
  folder = await clipFolder();
  const clip = await writeY4mClip(folder.dir, 'card', sharpCard(1280, 720));
  [env, browser, widget] = await Promise.all([
    startE2eEnv(62),
    launchChromium(fakeCameraArgs(clip)),
    serveWidgetPage(),
  ]);
});
afterAll(async () => {
  await Promise.all([env?.close(), browser?.close(), widget?.close()]);
  await folder?.remove();
});

describe('buttons on a phone', () => {
  it('given the live camera open in German at 375 px / should split a two-line button label evenly', async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 1100 },
      hasTouch: true,
      isMobile: true,
      permissions: ['camera'],
    });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const ids = await seedAtDocuments(env);
    const query = { api: env.api.url, client: ids.client_uuid, le: ids.legal_entity_uuid, locale: 'de' };
    await page.goto(`${widget.url}/?${new URLSearchParams(query)}`);
    await page.getByRole('radio', { name: de['document.kind.passport'] }).check();
    await page.getByRole('button', { name: de['camera.open'] }).click();
    const instead = page.getByRole('button', { name: de['camera.close'] });
    await instead.waitFor();

    // The width of each painted line of the label, from the text's own boxes.
    const lines = await instead.evaluate((button) => {
      const range = document.createRange();
      range.selectNodeContents(button);
      const byLine = new Map<number, { left: number; right: number }>();
      for (const rect of range.getClientRects()) {
        const top = Math.round(rect.top);
        const line = byLine.get(top) ?? { left: rect.left, right: rect.right };
        byLine.set(top, { left: Math.min(line.left, rect.left), right: Math.max(line.right, rect.right) });
      }
      return [...byLine.values()].map((line) => line.right - line.left);
    });
    if (lines.length > 1) expect(Math.min(...lines) / Math.max(...lines)).toBeGreaterThan(0.6);
    await context.close();
  });
});
