/**
 * The live camera in real Chromium, fed by its fake camera playing a clip of the grey test pictures
 * (`core/captureChecksImages.ts` written as Y4M, one clip per browser): a steady sharp document is
 * taken on its own and uploaded, and the camera stops; a blurred one keeps the camera screen with what
 * is wrong and uploads nothing until "Take photo", which leads to the retake screen; a refused camera
 * says so and leaves the file picker working; leaving the card or the step stops every track.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxBlur, sharpCard } from '../../src/core/captureChecksImages';
import { ar } from '../../src/react/i18n/ar';
import { cameraAsked, cameraTracks, openCameraPage, type CameraPageOptions } from './support/cameraPage';
import { kycRecord, launchChromium, shot, snapshot, startE2eEnv, type E2eEnv, type Seeded } from './support/e2eEnv';
import type { KycRecord } from './partner/kycRecord';
import { greyPng } from './support/greyPng';
import { seedAtDocuments } from './support/seedAtDocuments';
import { serveWidgetPage, type WidgetPageServer } from './support/widgetPage';
import { clipFolder, fakeCameraArgs, writeY4mClip } from './support/y4mClip';

const BLURRY_HINT = 'The picture is blurry — hold still and let the camera focus.';
const BLURRY_RETAKE = 'The photo is blurry — hold still and tap to focus.';
const DENIED = "Camera access is blocked. Allow it in your browser's settings, or choose a file.";

let env: E2eEnv; // its browser's camera films a sharp passport held still
let blurred: Browser; // this one's camera films it out of focus
let plain: Browser; // no camera at all
let widget: WidgetPageServer;
let folder: Awaited<ReturnType<typeof clipFolder>>;
beforeAll(async () => {
  folder = await clipFolder();
  const frame = sharpCard(1280, 720);
  const [sharpClip, blurredClip] = await Promise.all([
    writeY4mClip(folder.dir, 'sharp', frame),
    writeY4mClip(folder.dir, 'blurred', boxBlur(frame, 6)),
  ]);
  [env, blurred, plain, widget] = await Promise.all([
    startE2eEnv(59, { chromiumArgs: fakeCameraArgs(sharpClip) }),
    launchChromium(fakeCameraArgs(blurredClip)),
    launchChromium(),
    serveWidgetPage(),
  ]);
});
afterAll(async () => {
  await Promise.all([env?.close(), blurred?.close(), plain?.close(), widget?.close()]);
  await folder?.remove();
});

const atPassport = (browser: Browser, ids: Seeded, options: Partial<CameraPageOptions> = {}) =>
  openCameraPage(browser, {
    base: env.partner.url,
    ...options,
    query: { api: env.api.url, client: ids.client_uuid, le: ids.legal_entity_uuid, ...options.query },
  });

const checkedEvents = (record: KycRecord) => record.events.filter((type) => type === 'capture_checked').length;
const uploadedFiles = async (ids: Seeded) => (await snapshot(env, ids.application_uuid ?? '')).files ?? [];

describe('live camera capture', () => {
  it('given a sharp document held still / should take the photo on its own, upload it and stop the camera', async () => {
    const ids = await seedAtDocuments(env);
    const { page, field, problems, close } = await atPassport(env.browser, ids);
    await field.getByRole('button', { name: 'Use the camera' }).click();
    await field.locator('.kyc-camera').waitFor();

    await field.getByText('Uploaded: photo.jpg').waitFor();
    await expect.poll(() => uploadedFiles(ids).then((files) => files.length)).toBe(1);
    // The whole frame at the camera's resolution, not the small copy the checks look at.
    const size = await field
      .locator('img.kyc-document__image')
      .evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
    expect(size).toEqual([1280, 720]);
    expect(await field.locator('.kyc-camera').count()).toBe(0);
    expect(await cameraTracks(page)).not.toContain('live');
    expect((await cameraTracks(page)).length).toBeGreaterThan(0);
    const [asked] = await cameraAsked(page);
    expect(asked?.video).toMatchObject({ facingMode: { ideal: 'environment' } });
    // One capture_checked for the photo taken, none for the frames checked before it.
    expect(checkedEvents(await kycRecord(page))).toBe(1);
    await shot(page, 'camera-1280-taken');
    expect(problems).toEqual([]);
    await close();
  });

  it('given a blurred picture / should keep the camera open, say why, upload nothing; "Take photo" leads to the retake screen', async () => {
    const ids = await seedAtDocuments(env);
    const { page, field, problems, close } = await atPassport(blurred, ids);
    await field.getByRole('button', { name: 'Use the camera' }).click();
    const camera = field.locator('.kyc-camera');
    await camera.locator('.kyc-camera__hint').getByText(BLURRY_HINT).waitFor();
    expect(await camera.getByRole('status').innerText()).toBe(BLURRY_HINT);
    await shot(page, 'camera-1280-blurry');

    // Proving an absence: the checks run several times a second, so 3 s is a dozen chances to be wrong.
    await page.waitForTimeout(3_000);
    expect(await camera.isVisible()).toBe(true);
    expect(await cameraTracks(page)).toContain('live');
    expect(await uploadedFiles(ids)).toEqual([]);
    expect(checkedEvents(await kycRecord(page))).toBe(0);

    await camera.getByRole('button', { name: 'Take photo' }).click();
    await field.locator('.kyc-retake').getByText(BLURRY_RETAKE).waitFor();
    expect(await camera.count()).toBe(0);
    await expect.poll(() => cameraTracks(page)).not.toContain('live');
    expect(await uploadedFiles(ids)).toEqual([]);
    await shot(page, 'camera-1280-retake');

    // Retake reopens the camera; "Choose a file instead" closes it and hands focus to the file input.
    await field.getByRole('button', { name: 'Retake' }).click();
    await camera.waitFor();
    await expect.poll(() => cameraTracks(page)).toContain('live');
    await camera.getByRole('button', { name: 'Choose a file instead' }).click();
    await camera.waitFor({ state: 'detached' });
    await expect.poll(() => cameraTracks(page)).not.toContain('live');
    expect(
      await field
        .locator('input[type=file]')
        .first()
        .evaluate((input) => input === document.activeElement),
    ).toBe(true);
    expect(await uploadedFiles(ids)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('given a refused camera / should say it is blocked and still take a picked file', async () => {
    const ids = await seedAtDocuments(env);
    const { page, field, problems, close } = await atPassport(env.browser, ids, { camera: false });
    await field.getByRole('button', { name: 'Use the camera' }).click();
    const problem = field.locator('.kyc-camera__problem');
    await problem.waitFor();
    expect(await problem.getAttribute('role')).toBe('alert');
    expect(await problem.innerText()).toBe(DENIED);
    expect(await field.locator('.kyc-camera').count()).toBe(0);
    expect((await kycRecord(page)).events).toContain('camera_failed');
    await shot(page, 'camera-1280-denied');

    const picked = greyPng(sharpCard(), 'passport-sharp.png');
    await field.locator('input[type=file]').first().setInputFiles(picked);
    await field.getByText('Uploaded: passport-sharp.png').waitFor();
    await expect.poll(() => uploadedFiles(ids).then((files) => files.length)).toBe(1);
    expect(problems).toEqual([]);
    await close();
  });

  it('given no camera on the device / should offer only the file picker', async () => {
    const ids = await seedAtDocuments(env);
    const { field, close } = await atPassport(plain, ids);
    await field.getByText('Choose a file').first().waitFor();
    expect(await field.getByRole('button', { name: 'Use the camera' }).count()).toBe(0);
    await close();
  });

  it('given an open camera / should stop every track when another document is chosen or the step is left', async () => {
    const ids = await seedAtDocuments(env);
    const { page, field, problems, close } = await atPassport(blurred, ids);
    const open = async () => {
      await field.getByRole('button', { name: 'Use the camera' }).click();
      await field.locator('.kyc-camera').waitFor();
      await expect.poll(() => cameraTracks(page)).toContain('live');
    };

    await open();
    await page.getByRole('radio', { name: 'ID card' }).check();
    await field.waitFor({ state: 'detached' });
    await expect.poll(() => cameraTracks(page)).not.toContain('live');

    await page.getByRole('radio', { name: 'Passport' }).check();
    await open();
    await page.getByRole('button', { name: 'Back' }).click();
    await field.waitFor({ state: 'detached' });
    await expect.poll(() => cameraTracks(page)).not.toContain('live');
    expect(await uploadedFiles(ids)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  const looks = [
    { name: '375-light', width: 375, query: {}, passport: 'Passport', open: 'Use the camera' },
    { name: '1280-dark-ar', width: 1280, query: { locale: 'ar', theme: 'dark' }, passport: '', open: '' },
  ];
  for (const look of looks) {
    it(`screens at ${look.name} / the camera screen with its hint`, async () => {
      const ids = await seedAtDocuments(env);
      const arabic = look.query.locale === 'ar';
      const { page, field, problems, close } = await atPassport(blurred, ids, {
        width: look.width,
        base: widget.url,
        query: look.query,
        passport: arabic ? ar['document.kind.passport'] : look.passport,
      });
      await field.getByRole('button', { name: arabic ? ar['camera.open'] : look.open }).click();
      const hint = field.locator('.kyc-camera__hint');
      await hint.getByText(arabic ? ar['camera.hint.blurry'] : BLURRY_HINT).waitFor();
      await shot(page, `camera-${look.name}`);
      const box = await field.locator('.kyc-camera video').boundingBox();
      expect(box?.width ?? 0).toBeLessThanOrEqual(look.width);
      expect(problems).toEqual([]);
      await close();
    });
  }
});
