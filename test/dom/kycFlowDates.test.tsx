/**
 * Dates follow the widget's locale, not the browser's: the saved date is shown in the locale's format with
 * an example of it, what the client types is read in the locale's order and stored as an ISO date through
 * the real network layer (the MSW sandbox), and text that is not a date is refused with the format,
 * sending nothing.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KycFlow } from '../../src';
import { de } from '../../src/react/i18n/de';
import { en } from '../../src/react/i18n/en';
import type { Messages } from '../../src/react/i18n/en';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

/** A draft whose first step (birth date 1990-04-12) is answered, opened on that step. */
async function openBirthDate(locale: string, messages: Messages) {
  const ids = sandbox.seed('draft');
  const user = userEvent.setup();
  /** The attribute keys of every PATCH the widget sent. */
  const sentKeys: string[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    if (init?.method === 'PATCH') {
      const body = JSON.parse(String(init.body)) as { attribute_changes: { key: string }[] };
      sentKeys.push(...body.attribute_changes.map((change) => change.key));
    }
    return fetch(input, init);
  };
  render(
    <KycFlow
      apiBaseUrl={API_BASE_URL}
      legalEntityUuid={ids.legalEntityUuid}
      clientUuid={ids.clientUuid}
      locale={locale}
      fetch={recordingFetch}
      autosave={{ debounceMs: 20 }}
    />,
  );
  const birthDate = () => screen.queryByRole('textbox', { name: /Date of birth|Geburtsdatum/ });
  await screen.findByRole('button', { name: messages['steps.next'] });
  while (!birthDate()) await user.click(screen.getByRole('button', { name: messages['steps.back'] }));
  const answers = () => sandbox.inspect(ids.applicationUuid ?? '')?.answers ?? {};
  const stored = () => answers().birth_date;
  const firstNameStored = () => answers().first_name;
  return { user, input: birthDate() as HTMLInputElement, stored, firstNameStored, sentKeys };
}

describe('<KycFlow> date answers', () => {
  it('given German / should show 12.04.1990 with a German example and store "31.12.1985" as 1985-12-31', async () => {
    const { user, input, stored } = await openBirthDate('de', de);
    expect(input).toHaveValue('12.04.1990');
    expect(input).not.toHaveAttribute('type', 'date');
    expect(input).toHaveAccessibleDescription(/Zum Beispiel \u206831\.12\.1990\u2069/);

    await user.clear(input);
    await user.type(input, '31.12.1985');
    await user.tab();

    await waitFor(() => expect(stored()).toBe('1985-12-31'));
    expect(input).toHaveValue('31.12.1985');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('given American English / should read "12/31/1985" month first and write typed digits back in that format', async () => {
    const { user, input, stored } = await openBirthDate('en-US', en);
    expect(input).toHaveValue('04/12/1990');
    expect(input).toHaveAccessibleDescription(/For example \u206812\/31\/1990\u2069/);

    await user.clear(input);
    await user.type(input, '12311985');
    await user.tab();

    await waitFor(() => expect(stored()).toBe('1985-12-31'));
    expect(input).toHaveValue('12/31/1985');
  });

  it('given a date written in another order / should say the format the locale expects and send nothing', async () => {
    const { user, input, stored, firstNameStored, sentKeys } = await openBirthDate('en-US', en);
    await user.clear(input);
    await user.type(input, '31/12/1985');
    await user.tab();

    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Enter the date like \u206812\/31\/1990\u2069\./);
    expect(input).toHaveValue('31/12/1985');
    // Another answer saved after it: the date was held back, not merely slow.
    const firstName = screen.getByRole('textbox', { name: /First name/ });
    await user.type(firstName, 'e');
    await user.tab();
    await waitFor(() => expect(firstNameStored()).toBe('Janee'));
    expect(stored()).toBe('1990-04-12');
    expect(sentKeys).not.toContain('birth_date');
  });
});
