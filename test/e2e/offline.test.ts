/**
 * Offline in real Chromium (playwright's `context.setOffline`), through the partner page and the HTTP
 * sandbox: the client is told at once, keeps typing, leaving the page warns, and the answers reach the
 * server by themselves when the network returns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLevel } from './support/basicJourney';
import { kycRecord, openPartner, seed, shot, snapshot, startE2eEnv } from './support/e2eEnv';
import type { E2eEnv } from './support/e2eEnv';

let env: E2eEnv;
beforeAll(async () => {
  env = await startE2eEnv();
});
afterAll(async () => env?.close());

const OFFLINE_NOTICE = 'You’re offline — your answers are kept and will be saved when you’re back.';

describe('Offline', () => {
  it('given the network goes while typing / should say so, keep the answers, warn on leaving and save them when it is back', async () => {
    const ids = await seed(env, 'new');
    const { page, context, problems } = await openPartner(env, ids);
    await chooseLevel(page, 'Basic');
    await page.getByRole('heading', { name: 'Your name' }).waitFor();
    const firstName = page.getByRole('textbox', { name: /First name/ });
    const lastName = page.getByRole('textbox', { name: /Last name/ });
    await firstName.fill('Ada');
    await page.getByText('All changes saved').waitFor();
    const applicationUuid = (await kycRecord(page)).status.at(-1)?.applicationUuid ?? '';
    const patchesBefore = (await snapshot(env, applicationUuid)).patchCount;

    await context.setOffline(true);
    await page.getByText(OFFLINE_NOTICE).waitFor({ timeout: 2_000 });
    await lastName.pressSequentially('Lovelace');
    await firstName.fill('Adele');
    await page.getByText('Unsaved changes').waitFor();
    await shot(page, 'offline-notice');

    // Leaving now asks first (the page stays when the client cancels).
    const asked = page.waitForEvent('dialog').then(async (dialog) => {
      const type = dialog.type();
      await dialog.dismiss();
      return type;
    });
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);

    const whileOffline = await snapshot(env, applicationUuid);
    expect(whileOffline.answers).toMatchObject({ first_name: 'Ada' });
    expect(whileOffline.answers.last_name ?? null).toBeNull();
    expect(whileOffline.patchCount).toBe(patchesBefore);
    expect(await page.getByText('Not saved').count()).toBe(0);

    await context.setOffline(false);
    await page.getByText('All changes saved').waitFor();
    expect(await page.getByText(OFFLINE_NOTICE).count()).toBe(0);
    const stored = await snapshot(env, applicationUuid);
    expect(stored.answers).toMatchObject({ first_name: 'Adele', last_name: 'Lovelace' });
    expect(stored.patchCount).toBe(patchesBefore + 1);
    expect(await firstName.inputValue()).toBe('Adele');
    expect(problems).toEqual([]);
    await context.close();
  });
});
