/**
 * The demo partner app in Debian's Chromium: the widget talks to the partner's proxy (`/kyc`, on the
 * page's own origin) which names the customer from the partner's session cookie, in front of the sandbox's
 * HTTP server. A customer goes through the Basic level and is approved, and no request the page sends
 * carries a legal entity or client uuid.
 */
import { mkdir } from 'node:fs/promises';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from '../../../demo/startDemo';
import { basicJourney } from '../../e2e/support/basicJourney';
import { launchChromium } from '../../support/chromium';

const ARTIFACTS = new URL('../../../artifacts/server-proxy/', import.meta.url);
let demo: Demo;
let browser: Browser;
beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo({ sandboxPort: 0, demoPort: 0, watch: false }), launchChromium()]);
  await mkdir(ARTIFACTS, { recursive: true });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('the demo through react-kyc-flow/server', () => {
  it('given a new customer signed in by cookie / should pass the Basic level and be approved, the page sending no uuid', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const sent: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/kyc/'))
        sent.push(`${request.url()} ${request.postData() ?? ''}`);
    });
    await page.goto(`${demo.pageUrl}&scenario=new`);
    await basicJourney(page);
    await page.screenshot({ path: new URL('demo-in-review.png', ARTIFACTS).pathname });

    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('heading', { name: 'You are verified' }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: new URL('demo-approved.png', ARTIFACTS).pathname });

    expect(sent.length).toBeGreaterThan(5);
    expect(sent.filter((line) => /legal_entity_uuid|client_uuid/.test(line))).toEqual([]);
    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === 'demo_session')?.httpOnly).toBe(true);
    await context.close();
  }, 120_000);
});
