/**
 * The partner page (or the themed widget page) at the passport's card, in a browser whose fake camera
 * plays a clip, with every stream getUserMedia hands out recorded on `window.__cameraStreams` (an
 * init script), so a test can tell whether the camera still runs: a track that stopped is `ended`.
 */
import type { Browser, Locator, Page } from 'playwright-core';

declare global {
  interface Window {
    __cameraStreams: MediaStream[];
    __cameraAsked: MediaStreamConstraints[];
  }
}

/** Wraps getUserMedia before the page's scripts run; runs in the page. */
function recordStreams() {
  window.__cameraStreams = [];
  window.__cameraAsked = [];
  const media = navigator.mediaDevices as MediaDevices | undefined;
  if (!media?.getUserMedia) return;
  const original = media.getUserMedia.bind(media);
  media.getUserMedia = async (constraints?: MediaStreamConstraints) => {
    window.__cameraAsked.push(constraints ?? {});
    const stream = await original(constraints);
    window.__cameraStreams.push(stream);
    return stream;
  };
}

export interface CameraPageOptions {
  width?: number;
  /** Grant the camera (the default); false leaves the permission unset, so getUserMedia is refused. */
  camera?: boolean;
  /** The page's address (partner page or widget page) and extra query (`locale`, `theme`). */
  base: string;
  query: Record<string, string>;
  /** The passport's name in the page's language. */
  passport?: string;
}

export interface CameraPage {
  page: Page;
  /** The passport's card. */
  field: Locator;
  problems: string[];
  close(): Promise<void>;
}

/** Opens the page and chooses the passport. */
export async function openCameraPage(browser: Browser, options: CameraPageOptions): Promise<CameraPage> {
  const { width = 1280, camera = true, passport = 'Passport' } = options;
  const phone = width < 500;
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    hasTouch: phone,
    permissions: camera ? ['camera'] : [],
  });
  await context.addInitScript(recordStreams);
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${options.base}/?${new URLSearchParams(options.query)}`);
  await page.getByRole('radio', { name: passport }).check();
  const field = page.getByRole('group', { name: new RegExp(`^${passport}`) });
  await field.waitFor();
  return { page, field, problems, close: () => context.close() };
}

/** The state of every camera track the page was given (`live` or `ended`), oldest first. */
export function cameraTracks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window.__cameraStreams.flatMap((stream) => stream.getTracks().map((track) => track.readyState)),
  );
}

/** What the page asked getUserMedia for, oldest first. */
export function cameraAsked(page: Page): Promise<MediaStreamConstraints[]> {
  return page.evaluate(() => window.__cameraAsked);
}
