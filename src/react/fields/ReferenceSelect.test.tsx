import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Question } from '../../core/schemas';
import { renderWithKyc } from '../../../test/support/renderWithKyc';
// Aliased: the helper is not a React hook, but its `use` prefix trips react-hooks/rules-of-hooks.
import { setupSandboxServer } from '../../../test/support/sandboxServer';
import { ReferenceSelect } from './ReferenceSelect';

const { sandbox } = setupSandboxServer();
let ids: { legalEntityUuid: string; clientUuid: string };

beforeAll(() => {
  const seeded = sandbox.seed('draft');
  ids = { legalEntityUuid: seeded.legalEntityUuid, clientUuid: seeded.clientUuid };
});

function citizenship(isRequired = true): Question {
  return {
    title: 'Citizenship',
    description: 'As shown in your passport.',
    is_required: isRequired,
    attribute: { key: 'citizenship', type: 'reference', value: null },
  };
}

/** A controlled parent, as the flow is: reports every change and shows it. */
function Harness({
  initial = null,
  onChange,
  question = citizenship(),
  error,
}: {
  initial?: string | null;
  onChange: (value: string | null) => void;
  question?: Question;
  error?: string;
}) {
  const [value, setValue] = useState<string | null>(initial);
  return (
    <ReferenceSelect
      question={question}
      id="q-citizenship"
      value={value}
      error={error}
      applicationUuid="app"
      onValueChange={(next) => {
        onChange(next);
        setValue(next);
      }}
    />
  );
}

async function setup(props: Partial<Parameters<typeof Harness>[0]> = {}) {
  const onChange = vi.fn<(value: string | null) => void>();
  const user = userEvent.setup();
  renderWithKyc(<Harness onChange={onChange} {...props} />, ids);
  const box = screen.getByRole('combobox', { name: /citizenship/i });
  // Options are loaded once the loading message is gone.
  await waitFor(() => expect(screen.queryByText('Loading options…')).not.toBeInTheDocument());
  return { user, onChange, box };
}

const optionTitles = () => screen.getAllByRole('option').map((option) => option.textContent);

describe('ReferenceSelect', () => {
  it('should expose a combobox tied to a listbox that opens on ArrowDown', async () => {
    const { user, box } = await setup();
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveAttribute('aria-autocomplete', 'list');
    expect(box).toHaveAccessibleDescription('As shown in your passport.');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();

    await user.click(box);
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox', { name: 'Citizenship' });
    expect(box).toHaveAttribute('aria-controls', listbox.id);
    const first = within(listbox).getAllByRole('option')[0];
    expect(first).toHaveTextContent('Afghanistan');
    expect(box).toHaveAttribute('aria-activedescendant', first?.id);
  });

  it('given the list open with a highlight / should have no accessibility violations', async () => {
    const { user, box } = await setup({ initial: 'DE' });
    await user.click(box);
    await user.keyboard('{ArrowDown}');
    // Contrast needs layout (none in jsdom); "region" is a page-level rule, and the widget sits in the partner's page.
    const results = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('given 250 countries / should render the first 100 with a hint, and all of them on End', async () => {
    const { user, box } = await setup();
    await user.click(box);
    await user.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option')).toHaveLength(100);
    expect(screen.getByText('Showing 100 of 250 options. Keep typing to narrow the list.')).toBeInTheDocument();
    expect(screen.getByText('250 options')).toHaveAttribute('role', 'status');

    await user.keyboard('{End}');
    expect(screen.getAllByRole('option')).toHaveLength(250);
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: 'Zimbabwe' }).id);
    expect(screen.queryByText(/Keep typing/)).not.toBeInTheDocument();
  });

  it('given PageDown, PageUp, Home and End / should move the highlight by pages and to the ends', async () => {
    const { user, box } = await setup();
    const highlighted = () => document.getElementById(box.getAttribute('aria-activedescendant') ?? '')?.textContent;
    await user.click(box);
    await user.keyboard('{ArrowDown}');
    expect(highlighted()).toBe('Afghanistan');
    await user.keyboard('{PageDown}');
    expect(highlighted()).toBe(screen.getAllByRole('option')[10]?.textContent);
    await user.keyboard('{End}');
    expect(highlighted()).toBe('Zimbabwe');
    await user.keyboard('{PageUp}');
    expect(highlighted()).toBe(screen.getAllByRole('option')[239]?.textContent);
    await user.keyboard('{Home}');
    expect(highlighted()).toBe('Afghanistan');
  });

  it('given "ger" typed / should list Germany first and announce the number of matches', async () => {
    const { user, box } = await setup();
    await user.type(box, 'ger');
    const titles = optionTitles();
    expect(titles[0]).toBe('Germany');
    expect(titles).toEqual(expect.arrayContaining(['Algeria', 'Niger', 'Nigeria']));
    expect(titles.every((title) => /ger/i.test(title ?? ''))).toBe(true);
    expect(screen.getByText(`${titles.length} options`)).toHaveAttribute('role', 'status');
  });

  it('given arrow keys and Enter / should report the highlighted value and show its title', async () => {
    const { user, box, onChange } = await setup();
    await user.type(box, 'ger');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}{Enter}');
    expect(onChange).toHaveBeenCalledExactlyOnceWith('DE');
    expect(box).toHaveValue('Germany');
    expect(box).toHaveAttribute('aria-expanded', 'false');

    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: 'Germany' })).toHaveAttribute('aria-selected', 'true');
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: 'Germany' }).id);
  });

  it('given Escape / should close the list and restore the chosen title without a change', async () => {
    const { user, box, onChange } = await setup({ initial: 'DE' });
    expect(box).toHaveValue('Germany');
    await user.clear(box);
    await user.type(box, 'fra');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('Germany');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given text without diacritics / should find titles with them', async () => {
    const { user, box, onChange } = await setup();
    await user.type(box, 'cote');
    expect(optionTitles()).toEqual(["Côte d'Ivoire"]);
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledExactlyOnceWith('CI');
  });

  it('given text that matches nothing / should say so', async () => {
    const { user, box } = await setup();
    await user.type(box, 'qqq');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getAllByText('No matches').length).toBeGreaterThan(0);
  });

  it('given Tab after moving the highlight / should choose the highlighted option and leave', async () => {
    const { user, box, onChange } = await setup();
    await user.type(box, 'niger');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await user.tab();
    expect(onChange).toHaveBeenCalledExactlyOnceWith('NG');
    expect(box).not.toHaveFocus();
    expect(box).toHaveValue('Nigeria');
  });

  it('given Tab after typing only / should not choose a partial match', async () => {
    const { user, box, onChange } = await setup();
    await user.type(box, 'germ');
    await user.tab();
    expect(onChange).not.toHaveBeenCalled();
    expect(box).toHaveValue('');
  });

  it('given the full title typed / should accept it on leaving', async () => {
    const { user, box, onChange } = await setup();
    await user.type(box, 'niger');
    await user.tab();
    expect(onChange).toHaveBeenCalledExactlyOnceWith('NE');
    expect(box).toHaveValue('Niger');
  });

  it('given a click on an option / should choose it', async () => {
    const { user, box, onChange } = await setup();
    await user.type(box, 'austr');
    await user.click(screen.getByRole('option', { name: 'Austria' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith('AT');
    expect(box).toHaveFocus();
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('given an optional question emptied / should clear the answer', async () => {
    const { user, box, onChange } = await setup({ initial: 'DE', question: citizenship(false) });
    await user.clear(box);
    await user.tab();
    expect(onChange).toHaveBeenCalledExactlyOnceWith(null);
    expect(box).toHaveValue('');
  });

  it('given a required question emptied / should keep the answer', async () => {
    const { user, box, onChange } = await setup({ initial: 'DE' });
    await user.clear(box);
    await user.tab();
    expect(onChange).not.toHaveBeenCalled();
    expect(box).toHaveValue('Germany');
  });

  it('given a value that is not an option / should show it as is and flag only the given error', async () => {
    const { box } = await setup({ initial: 'XX' });
    expect(box).toHaveValue('XX');
    expect(box).not.toHaveAttribute('aria-invalid');
  });

  it('given an error / should mark the combobox invalid and describe it with the message', async () => {
    const { box } = await setup({ initial: 'XX', error: 'Please choose an option from the list.' });
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('As shown in your passport. Please choose an option from the list.');
  });

  it('given the options fail to load / should offer a retry that loads them', async () => {
    sandbox.setFaults({ routes: { definitions: { failureRate: 1 } } });
    const user = userEvent.setup();
    renderWithKyc(<Harness onChange={() => {}} />, ids);
    // The client retries transient faults a few times before giving up.
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('The options could not be loaded.');

    sandbox.setFaults(undefined);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    const box = screen.getByRole('combobox', { name: /citizenship/i });
    await user.type(box, 'ger');
    expect(optionTitles()[0]).toBe('Germany');
  });
});
