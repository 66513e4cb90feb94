/**
 * The phone's side of the hand-off, against the sandbox: only the step the desktop handed off (the first
 * document or liveness step left), none of the desktop's other questions, "You can go back to your
 * computer" when nothing is left, and one sentence when the proxy refuses the link.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createKycClient } from '../../core/client';
import { BASIC_LEVEL_UUID } from '../../sandbox';
import { renderWithKyc } from '../../../test/support/renderWithKyc';
import { API_BASE_URL, setupSandboxServer } from '../../../test/support/sandboxServer';
import { HandoffPhone } from './HandoffPhone';

const { sandbox } = setupSandboxServer({ seed: 1515 });
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
});
