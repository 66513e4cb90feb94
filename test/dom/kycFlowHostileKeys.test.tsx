/**
 * Attribute keys are server strings: `a.b`, `list[0]`, `__proto__` must render and save like any other
 * key (a form library reads dots and brackets as paths; a plain object lookup finds prototype members).
 * A partner `fetch` renames the sandbox's keys on the way in and back on the way out.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KycFlow } from '../../src';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

const RENAMED: Record<string, string> = { first_name: 'a.b', last_name: '__proto__', birth_date: 'list[0]' };

const renamingFetch: typeof fetch = async (input, init) => {
  let body: BodyInit | null = init?.body ?? null;
  if (typeof body === 'string') {
    for (const [key, hostile] of Object.entries(RENAMED))
      body = body.replaceAll(`"key":"${hostile}"`, `"key":"${key}"`);
  }
  const response = await fetch(input, { ...init, body });
  let text = await response.text();
  for (const [key, hostile] of Object.entries(RENAMED)) text = text.replaceAll(`"key":"${key}"`, `"key":"${hostile}"`);
  return new Response(text, { status: response.status, headers: response.headers });
};

describe('<KycFlow> with hostile attribute keys', () => {
  it('given keys such as a.b, __proto__ and list[0] / should show, keep and save each answer as its own', async () => {
    const user = userEvent.setup();
    const ids = sandbox.seed('new');
    render(
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        legalEntityUuid={ids.legalEntityUuid}
        clientUuid={ids.clientUuid}
        fetch={renamingFetch}
        autosave={{ debounceMs: 20 }}
      />,
    );
    await user.click(await screen.findByRole('radio', { name: /Basic/ }));
    await user.click(screen.getByRole('button', { name: 'Start verification' }));
    await screen.findByRole('heading', { name: 'Your name' });

    await user.type(screen.getByRole('textbox', { name: /First name/ }), 'Ada');
    await user.type(screen.getByRole('textbox', { name: /Last name/ }), 'Lovelace');

    expect(screen.getByRole('textbox', { name: /First name/ })).toHaveValue('Ada');
    expect(screen.getByRole('textbox', { name: /Last name/ })).toHaveValue('Lovelace');
    const uuid = document.querySelector<HTMLElement>('[data-application-uuid]')?.dataset.applicationUuid ?? '';
    await waitFor(() =>
      expect(sandbox.inspect(uuid)?.answers).toMatchObject({ first_name: 'Ada', last_name: 'Lovelace' }),
    );
    expect(({} as Record<string, unknown>).Lovelace).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'Birth and citizenship' })).toBeVisible();
  });
});
