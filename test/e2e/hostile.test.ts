/**
 * Hostile input: markup from the API shows as text, legal-document HTML is sanitised, unsafe liveness
 * links are never opened. (Files refused by their content: hostileFiles.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLevel } from './support/basicJourney';
import { openPartner, seed, shot, startE2eEnv } from './support/e2eEnv';
import type { E2eEnv, Seeded } from './support/e2eEnv';
import { continueTo } from './support/fullSteps';
import { MARKUP, pwned, rewriteApi } from './support/rewriteApi';
import { seedAtLiveness } from './support/seedAtLiveness';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2eEnv(31);
});
afterAll(async () => env?.close());

interface StepJson {
  title: string;
  description?: string;
  questions: { title: string; description?: string; attribute: { key: string; value?: unknown } }[];
}
interface Verification {
  sumsub?: { client_note?: string };
}
interface ApplicationJson {
  kyc_steps?: StepJson[];
  review_comment?: string;
}

function markApplication(body: unknown): unknown {
  const application = body as ApplicationJson;
  for (const step of application.kyc_steps ?? []) {
    step.description = `Step note ${MARKUP}`;
    for (const question of step.questions) question.description = `Question note ${MARKUP}`;
    const attribute = step.questions.find((question) => question.attribute.key === 'passport')?.attribute as
      { value?: { verification?: Verification }; verification?: Verification } | undefined;
    for (const verification of [attribute?.verification, attribute?.value?.verification]) {
      if (verification?.sumsub) verification.sumsub.client_note = `Note ${MARKUP}`;
    }
  }
  if (application.review_comment !== undefined) application.review_comment = `Comment ${MARKUP}`;
  return application;
}

describe('markup from the API', () => {
  it('given markup in step and question texts and reference labels / should show it as text and run nothing', async () => {
    const ids = await seed(env, 'new');
    const { page, context, problems } = await openPartner(env, ids);
    await rewriteApi(page, env.api.url, /^\/v1\/kyc\/[^/]+\/$/, markApplication);
    await rewriteApi(page, env.api.url, /\/definitions\/$/, (body) => {
      const list = body as { results: { title: string }[] };
      for (const item of list.results) item.title = `${item.title} ${MARKUP}`;
      return list;
    });
    await chooseLevel(page, 'Basic');
    await page.getByRole('heading', { name: 'Your name' }).waitFor();
    await page.reload(); // the application as read back (GET), not as created (POST)
    await page.getByText(`Step note ${MARKUP}`).waitFor();
    expect(await page.getByText(`Question note ${MARKUP}`).count()).toBe(2);
    await page.getByRole('textbox', { name: /First name/ }).fill('Ada');
    await page.getByRole('textbox', { name: /Last name/ }).fill('Lovelace');
    await continueTo(page, 'Birth and citizenship');
    await page.getByRole('combobox', { name: /Citizenship/ }).fill('Germ');
    await page.getByRole('option', { name: `Germany ${MARKUP}` }).waitFor();
    await shot(page, 'hostile-markup-as-text');
    expect(await page.locator('.kyc-root img, .kyc-root script, .kyc-root b').count()).toBe(0);
    expect(await pwned(page)).toBeUndefined();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('given markup in the review comment and the document note / should show both as text and run nothing', async () => {
    const ids = await seed(env, 'pending');
    const { page, context } = await openPartner(env, ids);
    await rewriteApi(page, env.api.url, /^\/v1\/kyc\/[^/]+\/$/, markApplication);
    await page.reload();
    await page.getByText(`Comment ${MARKUP}`).waitFor();
    await page.getByRole('button', { name: 'Correct answers' }).click();
    await page.getByText(`Note from the reviewer: Note ${MARKUP}`).waitFor();
    await shot(page, 'hostile-review-comment');
    expect(await page.locator('.kyc-root script, .kyc-root b, .kyc-root img[src="x"]').count()).toBe(0);
    expect(await pwned(page)).toBeUndefined();
    await context.close();
  });
});

describe('legal document HTML', () => {
  it('given scripts, handlers, frames, forms and javascript: links / should render only the harmless content', async () => {
    const hostile = [
      '<h3>Terms</h3><p>Read <b>carefully</b>.</p>',
      '<script>window.__pwned=1</script>',
      '<img src=x onerror="window.__pwned=1">',
      '<iframe src="javascript:window.parent.__pwned=1"></iframe>',
      '<form action="https://evil.example/"><input name="card"><button>Pay</button></form>',
      '<a href="javascript:window.__pwned=1">Click me</a>',
      '<a href="https://example.com/terms" onclick="window.__pwned=1">Full terms</a>',
      '<svg><script>window.__pwned=1</script></svg>',
      '<style>body{display:none}</style>',
    ].join('');
    const ids = await seed(env, 'new');
    const { page, context } = await openPartner(env, ids);
    await rewriteApi(page, env.api.url, /^\/v1\/legal_documents\/$/, (body) => {
      const list = body as { results: { content?: string }[] };
      for (const document of list.results) document.content = hostile;
      return list;
    });
    await chooseLevel(page, 'Basic');
    await page.getByRole('textbox', { name: /First name/ }).fill('Ada');
    await page.getByRole('textbox', { name: /Last name/ }).fill('Lovelace');
    await continueTo(page, 'Birth and citizenship');
    await page.getByLabel(/Date of birth/).fill('1990-05-17');
    await page.getByRole('combobox', { name: /Citizenship/ }).fill('Germ');
    await page.getByRole('option', { name: 'Germany' }).click();
    await continueTo(page, 'Phone and terms');

    const content = page.locator('.kyc-legal__content');
    await content.getByText('carefully').waitFor();
    await shot(page, 'hostile-legal-html');
    const found = await content.evaluate((root) => ({
      dangerous: root.querySelectorAll('script, iframe, form, input, button, style, svg, img, object, embed').length,
      handlers: [...root.querySelectorAll('*')]
        .flatMap((element) => [...element.attributes].map((attribute) => attribute.name))
        .filter((name) => name.startsWith('on')),
      hrefs: [...root.querySelectorAll('a')].map((link) => link.getAttribute('href')),
    }));
    expect(found.dangerous).toBe(0);
    expect(found.handlers).toEqual([]);
    expect(found.hrefs.every((href) => href === null || href.startsWith('https:'))).toBe(true);
    await content.getByText('Click me').click();
    expect(await pwned(page)).toBeUndefined();
    expect(await page.locator('body').isVisible()).toBe(true);
    await context.close();
  });
});

describe('a client at the liveness step', () => {
  let ids: Seeded;
  beforeAll(async () => {
    ids = await seedAtLiveness(env);
  });

  it('given a liveness link that is javascript:, data: or a look-alike host / should never open it', async () => {
    const { page, context } = await openPartner(env, ids);
    let link = '';
    await rewriteApi(page, env.api.url, /\/attributes\/sumsub_liveness_check_url\/$/, (body) => ({
      ...(body as object),
      value: link,
    }));
    const popups: string[] = [];
    context.on('page', (popup) => popups.push(popup.url()));
    await page.getByRole('heading', { name: 'Liveness check' }).waitFor();
    const field = page.getByRole('group', { name: /Take a video selfie/ });
    for (const hostile of [
      'javascript:window.opener.__pwned=1',
      'data:text/html,<script>alert(1)</script>',
      'https://sumsub.com.evil.example/idensic/l/#/x',
      'https://in.sumsub.com@evil.example/',
    ]) {
      link = hostile;
      await page.reload();
      await field.getByRole('button', { name: 'Open the check in a new tab instead' }).click();
      await field.getByText('The liveness check link is not safe to open. Please contact support.').waitFor();
    }
    await shot(page, 'hostile-liveness-link');
    expect(popups).toEqual([]);
    expect(await pwned(page)).toBeUndefined();
    await context.close();
  });
});
