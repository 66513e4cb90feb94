/**
 * The hand-off between two browsers in Debian's Chromium, through the demo partner's backend: a desktop
 * signed in by cookie mints a link; a phone (touch, 390 px, no session of its own) uploads a passport
 * with the link's token alone, and the desktop reads it back. The same token cannot
 * reach another customer's application, nor anything outside the document steps.
 */
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from '../../../demo/startDemo';
import { launchChromium } from '../../support/chromium';

const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let demo: Demo;
let browser: Browser;
beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo({ sandboxPort: 0, demoPort: 0, watch: false }), launchChromium()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** A signed-in desktop customer of `scenario`: its page, and its application's uuid. */
async function desktop(scenario: string): Promise<{ page: Page; uuid: string }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${demo.origin}/demo/session`);
  const uuid = await page.evaluate(async (name) => {
    await fetch(`/demo/session?scenario=${name}`, { method: 'POST' });
    const info = (await (await fetch('/kyc/v1/clients/kyc-level-info/')).json()) as {
      last_kyc_application_uuid: string;
    };
    return info.last_kyc_application_uuid;
  }, scenario);
  return { page, uuid };
}

describe('continuing on a phone, two browsers through the demo backend', () => {
  it('given a link minted on the desktop / should let the phone upload a passport the desktop then reads, and nothing more', async () => {
    const { page: desk, uuid } = await desktop('draft');
    const other = await desktop('draft');
    const token = await desk.evaluate(async () => {
      const response = await fetch('/kyc/handoff/', { method: 'POST' });
      return ((await response.json()) as { token: string }).token;
    });

    const phoneContext = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const phone = await phoneContext.newPage();
    await phone.goto(`${demo.origin}/demo/session`);
    expect(await phoneContext.cookies()).toEqual([]); // the phone has no session of its own
    const statuses = await phone.evaluate(
      async ({ token, uuid, otherUuid, png }) => {
        const headers = { 'x-kyc-handoff': token };
        const json = { ...headers, 'content-type': 'application/json' };
        const form = new FormData();
        form.append(
          'files',
          new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], { type: 'image/png' }),
          'passport.png',
        );
        const upload = await fetch('/kyc/v1/documents/files/', { method: 'POST', headers, body: form });
        const [file] = (await upload.json()) as { uuid: string }[];
        const made = await fetch('/kyc/v1/documents/', {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ attribute_key: 'passport', files: [file!.uuid] }),
        });
        const document = await made.json();
        const saved = await fetch(`/kyc/v1/kyc/${uuid}/`, {
          method: 'PATCH',
          headers: json,
          body: JSON.stringify({ attribute_changes: [{ key: 'passport', value: document }] }),
        });
        const elsewhere = await fetch(`/kyc/v1/kyc/${otherUuid}/`, { headers });
        const review = await fetch(`/kyc/v1/kyc/${uuid}/send-to-review/`, {
          method: 'POST',
          headers: json,
          body: '{}',
        });
        const name = await fetch(`/kyc/v1/kyc/${uuid}/`, {
          method: 'PATCH',
          headers: json,
          body: JSON.stringify({ attribute_changes: [{ key: 'first_name', value: 'Mallory' }] }),
        });
        return {
          upload: upload.status,
          made: made.status,
          saved: saved.status,
          elsewhere: elsewhere.status,
          review: review.status,
          name: name.status,
        };
      },
      { token, uuid, otherUuid: other.uuid, png: PNG_BASE64 },
    );
    expect(statuses).toEqual({ upload: 201, made: 201, saved: 200, elsewhere: 404, review: 403, name: 403 });

    // The desktop, with its own cookie, reads the phone's passport back.
    const passport = await desk.evaluate(async (id) => {
      const app = (await (await fetch(`/kyc/v1/kyc/${id}/`)).json()) as {
        kyc_steps: { questions: { attribute: { key: string; value: unknown } }[] }[];
      };
      return app.kyc_steps.flatMap((step) => step.questions).find((q) => q.attribute.key === 'passport')?.attribute
        .value;
    }, uuid);
    expect(passport).toMatchObject({ attribute_key: 'passport' });
    await phoneContext.close();
  }, 120_000);
});
