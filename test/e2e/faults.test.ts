/**
 * Faults on the wire: with failures, latency and dropped connections the journey still completes and
 * nothing is lost or doubled; a broken first load shows a clear error with a retry inside the widget
 * while the host page keeps working.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { basicJourney, BASIC_ANSWERS, chooseLevel } from './support/basicJourney';
import { kycRecord, openPartner, seed, setFaults, shot, snapshot, startE2eEnv } from './support/e2eEnv';
import type { E2eEnv } from './support/e2eEnv';
import { fullUpToLiveness } from './support/fullSteps';
import { drawnImages, onePagePdf } from './support/testFiles';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2eEnv(23);
});
afterEach(async () => setFaults(env, {}));
afterAll(async () => env?.close());

const FLAKY = { latencyMs: 120, failureRate: 0.2, dropRate: 0.05 };

/** Counts the faults the page actually met, so a run where none fired cannot pass for a robust one. */
function countFaults(page: Page): () => number {
  let faults = 0;
  page.on('response', (response) => {
    if (response.status() >= 500) faults++;
  });
  page.on('requestfailed', () => faults++);
  return () => faults;
}

describe('faults — nothing lost', () => {
  it('given 20 % failures, latency and drops / should complete Basic with exactly the typed answers and one send to review', async () => {
    const ids = await seed(env, 'new');
    const { page, context, problems } = await openPartner(env, ids);
    const faults = countFaults(page);
    await setFaults(env, FLAKY);
    await page.reload();
    await basicJourney(page);
    await setFaults(env, {});
    expect(faults()).toBeGreaterThan(0);
    const applicationUuid = (await kycRecord(page)).status.at(-1)?.applicationUuid ?? '';
    const stored = await snapshot(env, applicationUuid);
    expect(stored.answers).toMatchObject(BASIC_ANSWERS);
    expect(stored.sendToReviewCount).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('given 20 % failures, latency and drops / should store each uploaded document exactly once', async () => {
    const { png, jpeg } = await drawnImages(env.browser);
    const ids = await seed(env, 'new');
    const { page, context } = await openPartner(env, ids);
    const faults = countFaults(page);
    await setFaults(env, FLAKY);
    await chooseLevel(page, 'Full');
    await fullUpToLiveness(page, png, jpeg, onePagePdf());
    await setFaults(env, {});
    expect(faults()).toBeGreaterThan(0);
    const applicationUuid = (await kycRecord(page)).status.at(-1)?.applicationUuid ?? '';
    const stored = await snapshot(env, applicationUuid);
    expect(stored.documents.map((document) => document.attributeKey).sort()).toEqual(
      ['id_card_back_side', 'id_card_front_side', 'passport', 'proof_of_address'].sort(),
    );
    expect(stored.files.map((file) => file.name).sort()).toEqual(['id-card.jpg', 'passport.png', 'utility-bill.pdf']);
    await context.close();
  });
});

describe('faults — broken first load', () => {
  for (const [name, rule] of [
    ['a 500', { failureRate: 1 }],
    ['a malformed answer', { malformedRate: 1 }],
  ] as const) {
    it(`given ${name} on first load / should show a clear error with a retry and leave the host page working`, async () => {
      const ids = await seed(env, 'new');
      await setFaults(env, { routes: { levelInfo: rule } });
      const { page, context } = await openPartner(env, ids);
      const widget = page.getByRole('region', { name: 'Identity verification' });
      await widget.getByText('Something went wrong').waitFor({ timeout: 30_000 });
      await shot(page, `first-load-${rule.failureRate ? '500' : 'malformed'}`);
      const retry = widget.getByRole('button', { name: 'Try again' });
      expect(await retry.isVisible()).toBe(true);

      await page.getByRole('button', { name: 'Host button' }).click();
      expect(await page.locator('#host-clicks').textContent()).toBe('1');

      await setFaults(env, {});
      await retry.click();
      await page.getByRole('heading', { name: 'Choose a verification level' }).waitFor();
      await context.close();
    });
  }
});
