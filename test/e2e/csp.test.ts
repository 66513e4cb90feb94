/**
 * A partner page served with a strict Content Security Policy completes the Basic journey without a
 * single violation: the widget needs no inline script or style, no eval, and talks only to the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicJourney, BASIC_ANSWERS } from './support/basicJourney';
import { decide, kycRecord, openPartner, seed, snapshot, startE2eEnv } from './support/e2eEnv';
import type { E2eEnv } from './support/e2eEnv';
import { servePartnerPage } from './support/partnerPage';
import type { PartnerServer } from './support/partnerPage';

let env: E2eEnv;
let strict: PartnerServer;
beforeAll(async () => {
  env = await startE2eEnv(41);
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${env.api.url}`,
    `frame-src ${env.api.url}`,
    "img-src 'self' blob: data:",
  ].join('; ');
  strict = await servePartnerPage({ 'Content-Security-Policy': policy });
});
afterAll(async () => {
  await strict?.close();
  await env?.close();
});

describe('strict CSP host page', () => {
  it('given a strict CSP / should complete the Basic journey with zero violations', async () => {
    const ids = await seed(env, 'new');
    // Listening from before the page's first script, so violations during load count too.
    const listen = `window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`;
    const { page, context, problems } = await openPartner(env, ids, strict.url, listen);
    const consoleCsp: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) consoleCsp.push(message.text());
    });
    await page.getByRole('radio', { name: /Basic/ }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(problems).toEqual([]);
    // The header really is in force: an inline script is refused (and counted, then forgotten).
    const probe = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
    });
    expect(probe).toBe(false);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.length)).toBe(1);
    await expect.poll(() => consoleCsp.length).toBe(1);
    await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.splice(0));
    consoleCsp.splice(0);
    problems.splice(0);

    await basicJourney(page);
    const applicationUuid = (await kycRecord(page)).status.at(-1)?.applicationUuid ?? '';
    expect((await snapshot(env, applicationUuid)).answers).toMatchObject(BASIC_ANSWERS);
    await decide(env, ids, applicationUuid, 'approve');
    await page.getByRole('heading', { name: 'You are verified' }).waitFor({ timeout: 20_000 });

    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(consoleCsp).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
