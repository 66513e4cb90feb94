/**
 * Two tabs on one application: what this tab shows and sends when another tab (or device) saved an
 * answer in the meantime. The "other tab" is a second API client on the same sandbox.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KycFlow, createKycClient } from '../../src';
import { BASIC_LEVEL_UUID, SANDBOX_SIGN_CODE, TERMS_DOCUMENT_UUID } from '../../src/sandbox';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

async function answeredBasicApplication() {
  const ids = sandbox.seed('new');
  const otherTab = createKycClient({ baseUrl: API_BASE_URL, ...ids, retry: false });
  const application = await otherTab.createApplication(BASIC_LEVEL_UUID);
  await otherTab.sendVerificationCode({
    applicationUuid: application.uuid,
    provider: 'sms',
    destination: '+4915112345678',
  });
  await otherTab.updateApplication(
    application.uuid,
    [
      { key: 'first_name', value: 'Ada' },
      { key: 'last_name', value: 'Lovelace' },
      { key: 'birth_date', value: '1990-12-10' },
      { key: 'citizenship', value: 'GB' },
      { key: 'phone', value: '+4915112345678' },
      { key: 'terms_and_conditions', value: TERMS_DOCUMENT_UUID },
    ],
    { sms: SANDBOX_SIGN_CODE },
  );
  return { ids, otherTab, uuid: application.uuid };
}

describe('<KycFlow> with the application open elsewhere', () => {
  it('given another tab changed an answer / should show its value, say which, and send only after the client saw it', async () => {
    const user = userEvent.setup();
    const { ids, otherTab, uuid } = await answeredBasicApplication();
    let reads = 0;
    const countingFetch: typeof fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if ((init?.method ?? 'GET') === 'GET' && url.pathname.endsWith(`/v1/kyc/${uuid}/`)) reads += 1;
      return fetch(input, init);
    };
    render(
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        legalEntityUuid={ids.legalEntityUuid}
        clientUuid={ids.clientUuid}
        fetch={countingFetch}
      />,
    );
    const summary = await screen.findByRole('heading', { name: 'Check your answers' });
    expect(summary).toBeVisible();
    expect(screen.getByText('Ada')).toBeVisible();
    // The summary reads the application again when it opens; let that read finish first.
    await waitFor(() => expect(reads).toBe(2));

    await otherTab.updateApplication(uuid, [{ key: 'first_name', value: 'Adah' }]);
    await user.click(screen.getByRole('button', { name: 'Send for review' }));

    const notice = await screen.findByText(/changed in another window or on another device/);
    expect(notice).toHaveTextContent('First name');
    expect(await screen.findByText('Adah')).toBeVisible();
    expect(screen.queryByText('Ada')).not.toBeInTheDocument();
    expect(sandbox.inspect(uuid)?.sendToReviewCount).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Send for review' }));
    expect(await screen.findByRole('heading', { name: 'Your verification is being reviewed' })).toBeVisible();
    expect(sandbox.inspect(uuid)).toMatchObject({ sendToReviewCount: 1, answers: { first_name: 'Adah' } });
  });

  it("given this tab has its own unsaved edit / should keep it rather than take the other tab's value", async () => {
    const user = userEvent.setup();
    const { ids, otherTab, uuid } = await answeredBasicApplication();
    render(
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        legalEntityUuid={ids.legalEntityUuid}
        clientUuid={ids.clientUuid}
        autosave={{ debounceMs: 60_000, maxWaitMs: 60_000 }}
      />,
    );
    await screen.findByRole('heading', { name: 'Check your answers' });
    const nameStep = screen.getByRole('heading', { name: 'Your name' }).closest('div')?.parentElement;
    await user.click(within(nameStep ?? document.body).getByRole('button', { name: /Change/ }));
    const first = await screen.findByRole('textbox', { name: /First name/ });
    await user.clear(first);
    await user.type(first, 'Augusta');
    await otherTab.updateApplication(uuid, [{ key: 'first_name', value: 'Adah' }]);

    await user.click(screen.getByRole('button', { name: /Continue|Review answers/ }));

    await screen.findByRole('heading', { name: 'Check your answers' });
    expect(await screen.findByText('Augusta')).toBeVisible();
    expect(screen.queryByText(/changed in another window/)).not.toBeInTheDocument();
  });
});
