/**
 * Answers save as the client types, through the real network layer (the MSW sandbox): in order,
 * newest value last, visible save state, nothing lost to slow or failing saves.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KycFlow } from '../../src';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

async function openBasicApplication(autosave = {}) {
  const ids = sandbox.seed('new');
  const user = userEvent.setup();
  render(
    <KycFlow
      apiBaseUrl={API_BASE_URL}
      legalEntityUuid={ids.legalEntityUuid}
      clientUuid={ids.clientUuid}
      autosave={{ debounceMs: 50, ...autosave }}
    />,
  );
  await user.click(await screen.findByRole('radio', { name: /Basic/ }));
  await user.click(screen.getByRole('button', { name: 'Start verification' }));
  await screen.findByRole('heading', { name: 'Your name' });
  return { user };
}

describe('<KycFlow> autosave', () => {
  it('given slow saves / should keep typing responsive and store the newest value of each field', async () => {
    sandbox.setFaults({ routes: { updateApplication: { latencyMs: 250 } } });
    const { user } = await openBasicApplication();
    const first = screen.getByRole('textbox', { name: /First name/ });
    await user.type(first, 'Ada');
    await screen.findByText('Saving…');
    await user.type(screen.getByRole('textbox', { name: /Last name/ }), 'Lovelace');
    await user.clear(first);
    await user.type(first, 'Adele');
    await waitFor(() => expect(screen.getByText('All changes saved')).toBeVisible(), { timeout: 5000 });
    const stored = await storedAnswers();
    expect(stored).toMatchObject({ first_name: 'Adele', last_name: 'Lovelace' });
  });

  it('given saves that keep failing / should say "Not saved", keep the text, and save it on Retry', async () => {
    const { user } = await openBasicApplication({ retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 20 } });
    sandbox.setFaults({ routes: { updateApplication: { failureRate: 1 } } });
    const first = screen.getByRole('textbox', { name: /First name/ });
    await user.type(first, 'Grace');
    expect(await screen.findByText('Not saved', {}, { timeout: 5000 })).toBeVisible();
    expect(first).toHaveValue('Grace');
    expect((await storedAnswers()).first_name ?? null).toBeNull();

    sandbox.setFaults(undefined);
    await user.click(screen.getByRole('button', { name: 'Retry saving' }));
    await waitFor(() => expect(screen.getByText('All changes saved')).toBeVisible(), { timeout: 5000 });
    expect((await storedAnswers()).first_name).toBe('Grace');
  });

  it('given an answer the client check refuses / should show why and never send it', async () => {
    const { user } = await openBasicApplication();
    await user.type(screen.getByRole('textbox', { name: /First name/ }), 'Ada');
    await user.type(screen.getByRole('textbox', { name: /Last name/ }), 'L');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'Birth and citizenship' });
    const date = screen.getByLabelText(/Date of birth/);
    await user.type(date, '2999-01-01');
    await user.tab();
    expect(await screen.findByText(/valid date that is not in the future/)).toBeVisible();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Date of birth/);
    expect((await storedAnswers()).birth_date ?? null).toBeNull();
  });
});

/** The answers the server holds for the application on screen. */
async function storedAnswers(): Promise<Record<string, unknown>> {
  const uuid = currentApplication();
  return sandbox.inspect(uuid)?.answers ?? {};
}

function currentApplication(): string {
  const uuid = document.querySelector<HTMLElement>('[data-application-uuid]')?.dataset.applicationUuid;
  if (!uuid) throw new Error('the widget shows no application');
  return uuid;
}
