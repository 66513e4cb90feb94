/**
 * The phone's side of the hand-off, against the sandbox: only the step the desktop handed off (the first
 * document or liveness step left), none of the desktop's other questions, "You can go back to your
 * computer" when nothing is left, and one sentence when the proxy refuses the link.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { File as NodeFile } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKycClient } from '../../core/client';
import { BASIC_LEVEL_UUID } from '../../sandbox';
import { renderWithKyc } from '../../../test/support/renderWithKyc';
import { API_BASE_URL, setupSandboxServer } from '../../../test/support/sandboxServer';
import { HandoffPhone } from './HandoffPhone';

const { sandbox } = setupSandboxServer({ seed: 1515 });

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

const refusedSentence = 'On your computer, choose “Continue on your phone” again for a new link.';
describe('HandoffPhone', () => {
  it('given a draft with the personal details answered / should show only the first document step left', async () => {
    const ids = sandbox.seed('draft');
    renderWithKyc(<HandoffPhone />, ids);
    await screen.findByRole('heading', { name: 'Identity documents' }, { timeout: 4000 });
    const titles = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(titles).toEqual(['Identity documents']);
    expect(screen.queryByRole('textbox', { name: /First name/ })).toBeNull();
    expect(screen.queryByText('Contact details')).toBeNull();
  });

  it('given an application with nothing left for a phone / should say to go back to the computer', async () => {
    const ids = sandbox.seed('new');
    const client = createKycClient({ baseUrl: API_BASE_URL, ...ids, retry: false });
    const basic = await client.createApplication(BASIC_LEVEL_UUID); // no documents, no liveness check
    renderWithKyc(<HandoffPhone applicationUuid={basic.uuid} />, ids);
    const done = await screen.findByText('You can go back to your computer.', {}, { timeout: 4000 });
    expect(done.closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByRole('heading', { name: 'Your name' })).toBeNull();
  });

  it('given a link for an application the client does not have / should say in one sentence to get a new link', async () => {
    const ids = sandbox.seed('draft');
    const other = sandbox.seed('draft');
    const { events } = renderWithKyc(<HandoffPhone applicationUuid={other.applicationUuid ?? ''} />, ids);
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent('This link no longer works');
    expect(alert).toHaveTextContent('On your computer, choose “Continue on your phone” again for a new link.');
    expect(screen.queryByRole('heading', { name: 'Identity documents' })).toBeNull();
    expect(events).toContainEqual(expect.objectContaining({ type: 'error', kind: 'not_found', during: 'load' }));
  });

  it('given the link expires after the page opened / should say the picked photo was not sent and to get a new link', async () => {
    const user = userEvent.setup();
    const ids = sandbox.seed('draft');
    const onError = vi.fn();
    const { events, container } = renderWithKyc(<HandoffPhone />, ids, { onError });
    await screen.findByRole('heading', { name: 'Identity documents' }, { timeout: 4000 });
    sandbox.setFaults({ routes: { uploadFiles: { status: 401 } } }); // the proxy now refuses the token

    await user.click(screen.getByRole('radio', { name: 'Passport' }));
    const input = container.querySelector<HTMLInputElement>('[data-key="passport"] input[type="file"]');
    if (!input) throw new Error('no file input for the passport on the phone');
    await user.upload(input, new File([PNG], 'passport.png', { type: 'image/png' }));

    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent('This link no longer works');
    expect(alert).toHaveTextContent('what you chose on this phone was not sent');
    expect(alert).toHaveTextContent(refusedSentence);
    // The partner hears of the refused upload once; the step and the field's own error are gone.
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Identity documents' })).toBeNull());
    expect(screen.queryByText(/upload of passport.png failed/)).toBeNull();
    expect(events.filter((event) => (event as { type: string }).type === 'error')).toEqual([
      expect.objectContaining({ type: 'error', kind: 'unauthorized', during: 'upload' }),
    ]);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('given the save of an uploaded photo is refused (404) / should say it was not sent and to get a new link', async () => {
    const user = userEvent.setup();
    const ids = sandbox.seed('draft');
    const { events, container } = renderWithKyc(<HandoffPhone />, ids);
    await screen.findByRole('heading', { name: 'Identity documents' }, { timeout: 4000 });
    sandbox.setFaults({ routes: { updateApplication: { status: 404 } } });

    await user.click(screen.getByRole('radio', { name: 'Passport' }));
    const input = container.querySelector<HTMLInputElement>('[data-key="passport"] input[type="file"]');
    if (!input) throw new Error('no file input for the passport on the phone');
    await user.upload(input, new File([PNG], 'passport.png', { type: 'image/png' }));

    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent('what you chose on this phone was not sent');
    expect(alert).toHaveTextContent(refusedSentence);
    expect(screen.queryByRole('heading', { name: 'Identity documents' })).toBeNull();
    expect(events.filter((event) => (event as { type: string }).type === 'error')).toEqual([
      expect.objectContaining({ type: 'error', kind: 'not_found', during: 'save' }),
    ]);
  });
});
