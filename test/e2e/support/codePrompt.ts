/**
 * The code prompt driven as a customer would: wait for each code to arrive (pressing "Send a new code"
 * when sending failed), type the codes (a wrong one first when asked), confirm, and do the same for a
 * round that follows in the same prompt (the review's own code). Counts what the customer went through.
 */
import type { Locator, Page } from 'playwright-core';

export const CODE_DIALOG = { name: 'Confirm with a code' } as const;

export interface Signed {
  /** Rounds of codes typed in this prompt. */
  rounds: number;
  /** Code fields per round, by label (`SMS code`, `E-mail code`, or `Code` when only one). */
  fields: string[][];
}

export interface SignOptions {
  /** Type a wrong code first (in the first round) and wait for the refusal. */
  wrongFirst?: boolean;
  /** Called once each round's codes have arrived, before typing (for a look at the prompt). */
  onRound?: (round: number) => Promise<void>;
}

export async function signInPrompt(page: Page, { wrongFirst = false, onRound }: SignOptions = {}): Promise<Signed> {
  const dialog = page.getByRole('dialog', CODE_DIALOG);
  await dialog.waitFor();
  const signed: Signed = { rounds: 0, fields: [] };
  for (let attempt = 0; attempt < 12 && (await dialog.isVisible()); attempt++) {
    const round = await dialog.getAttribute('data-round');
    await codesArrived(dialog);
    await onRound?.(signed.rounds);
    const codes = dialog.getByRole('textbox', { name: /code$/i });
    const labels = await dialog.locator('label').allTextContents();
    if (wrongFirst && signed.rounds === 0) {
      for (const code of await codes.all()) await code.fill('000000');
      await dialog.getByRole('button', { name: 'Confirm' }).click();
      await dialog
        .getByText(/This code is not valid/)
        .first()
        .waitFor();
    }
    for (const code of await codes.all()) await code.fill('111111');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    // Closed (done), a new round in the same prompt, or a failed call (Confirm again).
    const failed = dialog.getByRole('alert').filter({ hasNotText: /This code is not valid/ });
    const nextRound = page.locator(`dialog[data-round]:not([data-round="${round}"])`);
    const settled = await Promise.race(
      [
        dialog.waitFor({ state: 'detached' }).then(() => 'closed' as const),
        nextRound.waitFor().then(() => 'next' as const),
        failed
          .first()
          .waitFor()
          .then(() => 'failed' as const),
      ].map((wait) => wait.catch(() => 'timeout' as const)),
    );
    if (settled === 'closed' || settled === 'next') {
      signed.rounds += 1;
      signed.fields.push(labels);
    }
    if (settled === 'closed') break;
  }
  await dialog.waitFor({ state: 'detached' });
  return signed;
}

/** Waits until every code of the round is sent; a failed send is asked for again, as a customer would. */
async function codesArrived(dialog: Locator): Promise<void> {
  for (let attempt = 0; attempt < 8; attempt++) {
    await dialog.locator('.kyc-signature__provider[data-state="sending"]').first().waitFor({ state: 'detached' });
    const failed = dialog.locator('.kyc-signature__provider[data-state="failed"]');
    if ((await failed.count()) === 0) return;
    // Each failed provider by its own name: resending one takes it out of the "failed" set at once.
    const providers = await failed.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-provider')));
    for (const provider of providers) {
      await dialog
        .locator(`.kyc-signature__provider[data-provider="${provider}"]`)
        .getByRole('button', { name: 'Send a new code' })
        .click();
    }
  }
}
