/**
 * Answers of an unexpected type from the server (an object where text was expected, text where a number
 * was expected) show as a readable value or an empty field, never as "[object Object]": in the fields of
 * a draft and in the summary of an application sent back for corrections. Through the real network layer
 * (the MSW sandbox), with a partner `fetch` that changes the answers on the way in, as a server that
 * breaks its own contract would.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KycFlow } from '../../src';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

interface ApplicationJson {
  kyc_steps?: { questions: { attribute: { key: string; value?: unknown } }[] }[];
}

/** A `fetch` that gives the application's answers of `values` the values there. */
function answersReplacedBy(values: Record<string, unknown>): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (!/\/v1\/kyc\/[^/]+\/$/.test(url.pathname) || !response.ok) return response;
    const application = (await response.json()) as ApplicationJson;
    for (const question of application.kyc_steps?.flatMap((step) => step.questions) ?? []) {
      const { key } = question.attribute;
      if (Object.hasOwn(values, key)) question.attribute.value = values[key];
    }
    return new Response(JSON.stringify(application), { status: response.status, headers: response.headers });
  };
}

/** Every text on screen and every value in a form control. */
function shownText(): string {
  const controls = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')];
  return [document.body.textContent ?? '', ...controls.map((control) => control.value)].join('\n');
}

const stepTitle = () => document.querySelector('.kyc-step__title')?.textContent ?? '';

describe('<KycFlow> with answers of an unexpected type', () => {
  it('given a draft with an object for a text answer and text for a number / should show each field readable or empty', async () => {
    const ids = sandbox.seed('draft');
    const user = userEvent.setup();
    const fetch = answersReplacedBy({
      // The contact step as answered, so the draft goes on past it.
      email: 'jane.doe@example.com',
      phone: '+4915112345678',
      country_of_residence: 'DE',
      residence_address: 'Invalidenstraße 117',
      occupation: { value: 'software_developer' }, // reference
      annual_income: 'abc', // number
      source_of_funds: { a: 1 }, // text
      is_pep: { no: true }, // boolean
    });
    render(
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        legalEntityUuid={ids.legalEntityUuid}
        clientUuid={ids.clientUuid}
        fetch={fetch}
      />,
    );

    // Answers of the wrong kind are no answers: the draft resumes on their step, shown empty or as written.
    await screen.findByRole('heading', { name: 'Occupation and finances' });
    expect(shownText()).not.toContain('[object Object]');
    expect(screen.getByRole('textbox', { name: /Annual income/ })).toHaveValue('abc');
    expect(screen.getByRole('textbox', { name: /Source of funds/ })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: /Occupation/ })).toHaveValue('');
    const pep = screen.getByRole('group', { name: /politically exposed/ });
    expect(
      within(pep)
        .getAllByRole('radio')
        .filter((radio) => (radio as HTMLInputElement).checked),
    ).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { name: 'Contact details' });
    expect(shownText()).not.toContain('[object Object]');
  });

  it('given an application sent back with an object for a text answer and text for a number / should write the summary readable', async () => {
    const ids = sandbox.seed('pending');
    const user = userEvent.setup();
    const fetch = answersReplacedBy({
      first_name: { a: 1 }, // string
      residence_address: ['Invalidenstraße 117'], // text
      birth_date: { year: 1990 }, // date
      citizenship: { value: 'DE' }, // reference
      annual_income: 'abc', // number
      is_pep: 'no', // boolean
      email: 12345, // e-mail: a number is still readable
    });
    render(
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        legalEntityUuid={ids.legalEntityUuid}
        clientUuid={ids.clientUuid}
        fetch={fetch}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Correct answers' }));
    const seen: string[] = [];
    for (let step = 0; step < 10 && !screen.queryByRole('region', { name: 'Check your answers' }); step++) {
      await screen.findByRole('button', { name: /^(Continue|Review answers)$/ });
      seen.push(stepTitle());
      expect(shownText()).not.toContain('[object Object]');
      await user.click(screen.getByRole('button', { name: /^(Continue|Review answers)$/ }));
    }

    const summary = await screen.findByRole('region', { name: 'Check your answers' });
    expect(shownText()).not.toContain('[object Object]');
    const answer = (key: string) => {
      const row = summary.querySelector<HTMLElement>(`.kyc-summary__row[data-key="${key}"]`);
      return row ? within(row).getByRole('definition').textContent : `no row for ${key} after ${seen.join(', ')}`;
    };
    expect(answer('annual_income')).toBe('abc');
    expect(answer('email')).toBe('12345');
    for (const key of ['first_name', 'residence_address', 'birth_date', 'citizenship', 'is_pep'])
      expect({ key, shown: answer(key) }).toEqual({ key, shown: 'Not answered' });
  });
});
