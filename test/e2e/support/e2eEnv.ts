/**
 * One e2e environment per test file: the sandbox HTTP server, the served partner page and Debian's
 * Chromium. Helpers seed clients, open the partner page, call sandbox actions and take screenshots.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createSandbox } from '../../../src/sandbox/engine/createSandbox';
import type { ApplicationSnapshot, FaultConfig } from '../../../src/sandbox/engine/types';
import { startSandboxServer } from '../../../src/sandbox/server';
import type { SandboxServer } from '../../../src/sandbox/server';
import type { KycRecord } from '../partner/kycRecord';
import { servePartnerPage } from './partnerPage';
import type { PartnerServer } from './partnerPage';
import { launchChromium } from '../../support/chromium';

export { launchChromium };

const ARTIFACTS = new URL('../../../artifacts/e2e/', import.meta.url);

export interface Seeded {
  legal_entity_uuid: string;
  client_uuid: string;
  application_uuid: string | null;
}

export interface E2eEnv {
  api: SandboxServer;
  partner: PartnerServer;
  browser: Browser;
  close(): Promise<void>;
}

export interface E2eEnvOptions {
  /** Flags added to the standard ones for this file's browser. */
  chromiumArgs?: readonly string[];
}

export async function startE2eEnv(seed = 5, options: E2eEnvOptions = {}): Promise<E2eEnv> {
  const [api, partner, browser] = await Promise.all([
    startSandboxServer({ sandbox: createSandbox({ seed }) }),
    servePartnerPage(),
    launchChromium(options.chromiumArgs),
  ]);
  await mkdir(ARTIFACTS, { recursive: true });
  return {
    api,
    partner,
    browser,
    close: async () => {
      await browser.close();
      await Promise.all([api.close(), partner.close()]);
    },
  };
}

export async function seed(env: E2eEnv, scenario: string): Promise<Seeded> {
  const response = await fetch(`${env.api.url}/__sandbox/scenarios/${scenario}`, { method: 'POST' });
  if (!response.ok) throw new Error(`seeding ${scenario} failed: ${response.status}`);
  return (await response.json()) as Seeded;
}

export async function setFaults(env: E2eEnv, faults: FaultConfig | Record<string, never>): Promise<void> {
  const response = await fetch(`${env.api.url}/__sandbox/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (!response.ok) throw new Error(`setting faults failed: ${response.status}`);
}

export async function snapshot(env: E2eEnv, applicationUuid: string): Promise<ApplicationSnapshot> {
  const response = await fetch(`${env.api.url}/__sandbox/applications/${applicationUuid}`);
  if (!response.ok) throw new Error(`snapshot failed: ${response.status}`);
  return (await response.json()) as ApplicationSnapshot;
}

export async function decide(
  env: E2eEnv,
  ids: Seeded,
  applicationUuid: string,
  action: 'approve' | 'reject' | 'send-to-clarify',
  body?: unknown,
): Promise<void> {
  const query = new URLSearchParams({ legal_entity_uuid: ids.legal_entity_uuid, client_uuid: ids.client_uuid });
  const response = await fetch(`${env.api.url}/v1/kyc/${applicationUuid}/${action}/?${query}`, {
    method: 'POST',
    ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${action} failed: ${response.status} ${await response.text()}`);
}

function partnerUrl(env: E2eEnv, ids: Seeded, base = env.partner.url): string {
  const query = new URLSearchParams({ api: env.api.url, client: ids.client_uuid, le: ids.legal_entity_uuid });
  return `${base}/?${query}`;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Script errors and console errors (other than network failures) from every frame. */
  problems: string[];
}

/** Opens the partner page in a fresh context; `initScript` runs in every document before its own scripts. */
export async function openPartner(env: E2eEnv, ids: Seeded, base?: string, initScript?: string): Promise<OpenedPage> {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
  if (initScript) await context.addInitScript(initScript);
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Chromium logs every 4xx/5xx as "Failed to load resource"; tests assert on responses instead.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console: ${message.text()}`);
  });
  await page.goto(partnerUrl(env, ids, base));
  return { context, page, problems };
}

export function kycRecord(page: Page): Promise<KycRecord> {
  return page.evaluate(() => window.__kyc);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: fileURLToPathString(new URL(`${name}.png`, ARTIFACTS)), fullPage: true });
}

function fileURLToPathString(url: URL): string {
  return decodeURIComponent(url.pathname);
}
