/** The Basic level in real Chromium against the sandbox's HTTP server, through the partner page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicJourney, BASIC_ANSWERS } from './support/basicJourney';
import { decide, kycRecord, openPartner, seed, shot, snapshot, startE2eEnv } from './support/e2eEnv';
import type { E2eEnv } from './support/e2eEnv';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2eEnv();
});
afterAll(async () => env?.close());

describe('Basic journey', () => {
  it('given a new client / should answer, sign, send once and show the approval with onComplete once', async () => {
    const ids = await seed(env, 'new');
    const { page, context, problems } = await openPartner(env, ids);
    await basicJourney(page, (step) => shot(page, `basic-${step}`));
    const record = await kycRecord(page);
    const applicationUuid = record.status.at(-1)?.applicationUuid ?? '';
    const stored = await snapshot(env, applicationUuid);
    expect(stored.answers).toMatchObject(BASIC_ANSWERS);
    expect(stored.sendToReviewCount).toBe(1);

    await decide(env, ids, applicationUuid, 'approve');
    await page.getByRole('heading', { name: 'You are verified' }).waitFor({ timeout: 20_000 });
    await shot(page, 'basic-approved');
    expect((await kycRecord(page)).complete).toEqual([{ applicationUuid, status: 'approved' }]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
