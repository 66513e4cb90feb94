/**
 * <KycFlow> with the partner's `handoff` option: the documents step of a desktop offers "Continue on
 * your phone", opening it asks the partner for a link for this application and shows it, and what the
 * phone saves shows on the desktop without the desktop saving it again.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { File as NodeFile } from 'node:buffer';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KycFlow, createKycClient } from '../../src';
import { draftAtIdentityDocuments } from '../support/draftAtIdentityDocuments';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

/** A real 1×1 PNG. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

/** Node's File and FormData, as a browser uses its own (see DocumentField.test.tsx for why). */
beforeEach(async () => {
  const probe = await new Response('a=1', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  }).formData();
  vi.stubGlobal('File', NodeFile);
  vi.stubGlobal('FormData', probe.constructor);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** The bodies of the PATCH requests one widget sends, through its `fetch`. */
function patchLog() {
  const bodies: string[] = [];
  const logging: typeof fetch = async (input, init) => {
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    if (method.toUpperCase() === 'PATCH') {
      bodies.push(
        typeof init?.body === 'string' ? init.body : input instanceof Request ? await input.clone().text() : '',
      );
    }
    return fetch(input, init);
  };
  return { bodies, fetch: logging };
}

describe('<KycFlow> continue on a phone', () => {
  it('given the partner’s handoff option / should offer the phone on the documents step and show the partner’s link', async () => {
    const user = userEvent.setup();
    const ids = await draftAtIdentityDocuments(sandbox);
    const createLink = vi.fn(async () => 'https://partner.example/kyc-phone?handoff=token-1');
    render(
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        legalEntityUuid={ids.legalEntityUuid}
        clientUuid={ids.clientUuid}
        retry={false}
        handoff={{ createLink }}
      />,
    );
    await screen.findByRole('heading', { level: 2, name: 'Identity documents' });

    await user.click(screen.getByRole('button', { name: 'Continue on your phone' }));

    const link = await screen.findByRole('textbox', { name: 'Link for your phone' });
    expect(link).toHaveValue('https://partner.example/kyc-phone?handoff=token-1');
    expect(screen.getByText('Waiting for your phone…')).toBeVisible();
    expect(createLink).toHaveBeenCalledWith({ applicationUuid: ids.applicationUuid });
  });

  it('given React StrictMode / should ask the partner for one link per opening, and one more per new link', async () => {
    const user = userEvent.setup();
    const ids = await draftAtIdentityDocuments(sandbox);
    // The first link expires soon after it is shown; the second does not say.
    const createLink = vi.fn(async () =>
      createLink.mock.calls.length === 1
        ? { url: 'https://partner.example/kyc-phone?handoff=token-1', expiresAt: new Date(Date.now() + 400) }
        : 'https://partner.example/kyc-phone?handoff=token-2',
    );
    const events: string[] = [];
    render(
      <StrictMode>
        <KycFlow
          apiBaseUrl={API_BASE_URL}
          legalEntityUuid={ids.legalEntityUuid}
          clientUuid={ids.clientUuid}
          retry={false}
          handoff={{ createLink }}
          onEvent={(event) => events.push(event.type)}
        />
      </StrictMode>,
    );
    await screen.findByRole('heading', { level: 2, name: 'Identity documents' });
    await user.click(screen.getByRole('button', { name: 'Continue on your phone' }));
    expect(await screen.findByRole('textbox', { name: 'Link for your phone' })).toHaveValue(
      'https://partner.example/kyc-phone?handoff=token-1',
    );
    expect(createLink).toHaveBeenCalledTimes(1);

    // The link expires; a new one is one more request.
    await user.click(await screen.findByRole('button', { name: 'Get a new link' }, { timeout: 3000 }));
    expect(await screen.findByRole('textbox', { name: 'Link for your phone' })).toHaveValue(
      'https://partner.example/kyc-phone?handoff=token-2',
    );
    expect(createLink).toHaveBeenCalledTimes(2);
    expect(events.filter((type) => type === 'handoff_opened')).toHaveLength(2);
  });

  it('given the phone saved the passport / should show it on the desktop and send no PATCH of it', async () => {
    const user = userEvent.setup();
    const ids = await draftAtIdentityDocuments(sandbox);
    const uuid = ids.applicationUuid ?? '';
    const desktop = patchLog();
    render(
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        legalEntityUuid={ids.legalEntityUuid}
        clientUuid={ids.clientUuid}
        retry={false}
        fetch={desktop.fetch}
        autosave={{ debounceMs: 20 }}
        handoff={{ createLink: async () => 'https://partner.example/kyc-phone?handoff=token-1' }}
      />,
    );
    await screen.findByRole('heading', { level: 2, name: 'Identity documents' });
    await user.click(screen.getByRole('button', { name: 'Continue on your phone' }));
    await screen.findByText('Waiting for your phone…');

    // The phone (the same client, another device) uploads the passport and saves it.
    const phone = createKycClient({
      baseUrl: API_BASE_URL,
      legalEntityUuid: ids.legalEntityUuid,
      clientUuid: ids.clientUuid,
      retry: false,
    });
    const [file] = await phone.uploadFiles([new File([PNG], 'from-phone.png', { type: 'image/png' })]);
    const document = await phone.createDocument('passport', [file?.uuid ?? '']);
    await phone.updateApplication(uuid, [{ key: 'passport', value: document }]);
    const patchesBefore = sandbox.inspect(uuid)?.patchCount ?? 0;

    expect(await screen.findByText('from-phone.png', {}, { timeout: 5000 })).toBeVisible();

    // The desktop's next save carries whatever it has unsaved: its own answer, and no passport.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.type(await screen.findByRole('textbox', { name: /Source of funds/ }), 'Salary');
    await waitFor(() => expect(sandbox.inspect(uuid)?.answers['source_of_funds']).toBe('Salary'));
    expect(desktop.bodies.filter((body) => body.includes('passport'))).toEqual([]);
    expect(desktop.bodies.length).toBe((sandbox.inspect(uuid)?.patchCount ?? 0) - patchesBefore);
    expect(desktop.bodies.every((body) => body.includes('source_of_funds'))).toBe(true);
  }, 15_000);

  it('given no handoff option / should offer nothing', async () => {
    const user = userEvent.setup();
    const ids = sandbox.seed('pending');
    render(<KycFlow apiBaseUrl={API_BASE_URL} legalEntityUuid={ids.legalEntityUuid} clientUuid={ids.clientUuid} />);
    await user.click(await screen.findByRole('button', { name: 'Correct answers' }));
    await screen.findByRole('heading', { level: 2, name: 'Identity documents' });
    expect(screen.queryByRole('button', { name: 'Continue on your phone' })).not.toBeInTheDocument();
  });
});
