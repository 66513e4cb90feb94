/**
 * The demo partner app for the hand-off tests: the sandbox's HTTP server, the partner's backend (session
 * cookie, `react-kyc-flow/server` with a hand-off secret the test knows) and Debian's Chromium; a desktop
 * context signed in as a new customer of a scenario, and a phone context (touch, 390 × 844) with no cookie.
 */
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startDemo, type Demo } from '../../../demo/startDemo';
import { launchChromium } from '../../support/chromium';

export const ARTIFACTS = new URL('../../../artifacts/handoff/', import.meta.url);

export interface HandoffDemo {
  demo: Demo;
  browser: Browser;
  /** The proxy's hand-off secret (for a token the test signs itself). */
  secret: string;
  close(): Promise<void>;
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Script errors and console errors other than refused requests. */
  problems: string[];
}

export async function startHandoffDemo(): Promise<HandoffDemo> {
  const secret = `hand-off test secret ${crypto.randomUUID()}`;
  const [demo, browser] = await Promise.all([
    startDemo({ sandboxPort: 0, demoPort: 0, watch: false, handoffSecret: secret }),
    launchChromium(),
  ]);
  return {
    demo,
    browser,
    secret,
    close: async () => {
      await browser.close();
      await demo.close();
    },
  };
}

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Chromium logs every 4xx/5xx as "Failed to load resource"; tests assert on responses instead.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console: ${message.text()}`);
  });
  return problems;
}

/** A desktop (1280 × 900, mouse) on the demo page, signed in as a new customer of `scenario`. */
export async function openDesktop(env: HandoffDemo, scenario: string, theme = 'light'): Promise<Opened> {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(`${env.demo.pageUrl}&scenario=${scenario}&theme=${theme}`);
  return { context, page, problems };
}

/** A phone (touch, 390 × 844) that has never been to the partner's site: no cookie. */
export async function openPhone(env: HandoffDemo, colorScheme: 'light' | 'dark' = 'light'): Promise<Opened> {
  const context = await env.browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    colorScheme,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page, problems: watch(page) };
}
