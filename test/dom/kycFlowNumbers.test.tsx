/**
 * Numbers are never misread: what the client types in the number field is read with the separators of
 * the widget's locale, stored as that number through the real network layer (the MSW sandbox), shown
 * back in the locale's format, and text two conventions would read differently is refused with the
 * format the locale expects, sending nothing.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KycFlow } from '../../src';
import { de } from '../../src/react/i18n/de';
import { en } from '../../src/react/i18n/en';
import { fr } from '../../src/react/i18n/fr';
import type { Messages } from '../../src/react/i18n/en';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

/**
 * A client asked for corrections (the sandbox's `pending` application, annual income 65000 stored),
 * on the step with the annual income. Records the body of every PATCH the widget sends.
 */
async function openIncomeStep(locale: string, messages: Messages) {
  const ids = sandbox.seed('pending');
  /** The annual income values the widget sent, in order. */
  const sentIncomes: unknown[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    if (init?.method === 'PATCH') {
      const body = JSON.parse(String(init.body)) as { attribute_changes: { key: string; value: unknown }[] };
      for (const change of body.attribute_changes) if (change.key === 'annual_income') sentIncomes.push(change.value);
    }
    return fetch(input, init);
  };
  const user = userEvent.setup();
  render(
    <KycFlow
      apiBaseUrl={API_BASE_URL}
      legalEntityUuid={ids.legalEntityUuid}
      clientUuid={ids.clientUuid}
      locale={locale}
      // The sandbox's own titles stay English here (the partner's header wins): these tests are about numbers.
      getHeaders={() => ({ 'Accept-Language': 'en' })}
      fetch={recordingFetch}
      autosave={{ debounceMs: 20 }}
    />,
  );
  await user.click(await screen.findByRole('button', { name: messages['status.pending.fix'] }));
  await screen.findByRole('heading', { level: 2, name: 'Identity documents' });
  const onward = new RegExp(`^(${messages['steps.next']}|${messages['steps.review']})$`);
  await user.click(screen.getByRole('button', { name: onward }));
  await screen.findByRole('heading', { level: 2, name: messages['summary.title'] });
  const summary = screen.getByRole('region', { name: messages['summary.title'] });
  await user.click(screen.getByRole('button', { name: `${messages['summary.edit']}: Occupation and finances` }));
  await screen.findByRole('heading', { level: 2, name: 'Occupation and finances' });
  const income = screen.getByRole('textbox', { name: /Annual income/ });
  const applicationUuid = ids.applicationUuid ?? '';
  const stored = () => sandbox.inspect(applicationUuid)?.answers ?? {};
  return { user, income, sentIncomes, stored, summaryText: summary.textContent };
}

describe('<KycFlow> number answers', () => {
  it('given German / should show the stored 65000 as "65.000" and store "48.000" as 48000, not 48', async () => {
    const { user, income, stored, summaryText } = await openIncomeStep('de', de);
    expect(summaryText).toContain('65.000');
    expect(income).toHaveValue('65.000');

    await user.clear(income);
    await user.type(income, '48.000');
    await user.tab();

    await waitFor(() => expect(stored().annual_income).toBe(48000));
    expect(income).toHaveValue('48.000');
    expect(income).not.toHaveAttribute('aria-invalid');
  });

  it('given English / should store "48,000.50" as 48000.5', async () => {
    const { user, income, stored } = await openIncomeStep('en', en);
    expect(income).toHaveValue('65,000');
    await user.clear(income);
    await user.type(income, '48,000.50');
    await user.tab();
    await waitFor(() => expect(stored().annual_income).toBe(48000.5));
  });

  it('given French / should store "48 000,50" as 48000.5 and keep showing it as typed', async () => {
    const { user, income, stored } = await openIncomeStep('fr', fr);
    await user.clear(income);
    await user.type(income, '48 000,50');
    await user.tab();
    await waitFor(() => expect(stored().annual_income).toBe(48000.5));
    expect(income).toHaveValue('48 000,50');
  });

  it('given English "48.000" (48 or 48,000?) / should show the expected format and send nothing', async () => {
    const { user, income, sentIncomes, stored } = await openIncomeStep('en', en);
    await user.clear(income);
    await user.type(income, '48.000');
    await user.tab();

    expect(await screen.findByText('Enter the number like 48,000.50.')).toBeVisible();
    expect(income).toHaveAttribute('aria-invalid', 'true');
    expect(income).toHaveAccessibleDescription(/Enter the number like 48,000\.50\./);
    expect(income).toHaveValue('48.000');

    // Another answer is saved after it: no reading of the refused text (not even "48" typed on the way)
    // went with any save, and the stored answer is untouched.
    await user.type(screen.getByRole('textbox', { name: /Source of funds/ }), 'Salary');
    await waitFor(() => expect(stored().source_of_funds).toBe('Salary'));
    expect(sentIncomes).toEqual([]);
    expect(stored().annual_income).toBe(65000);
  });

  it('given German "48,000" (48 or 48.000?) / should show the German format and send nothing', async () => {
    const { user, income, sentIncomes, stored } = await openIncomeStep('de', de);
    await user.clear(income);
    await user.type(income, '48,000');
    await user.tab();
    expect(await screen.findByText('Geben Sie die Zahl so ein: 48.000,50.')).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: /Source of funds/ }), 'Gehalt');
    await waitFor(() => expect(stored().source_of_funds).toBe('Gehalt'));
    expect(sentIncomes).toEqual([]);
    expect(stored().annual_income).toBe(65000);
  });
});
