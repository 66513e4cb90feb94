/**
 * The phone's side of the hand-off, against the sandbox: only the document and liveness steps left to do,
 * none of the desktop's other questions, and "You can go back to your computer" when nothing is left.
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
  it('given a draft with the personal details answered / should show only the document and liveness steps', async () => {
    const ids = sandbox.seed('draft');
    renderWithKyc(<HandoffPhone />, ids);
    await screen.findByRole('heading', { name: 'Liveness check' }, { timeout: 4000 });
    const titles = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(titles).toEqual(['Identity documents', 'Address and funds', 'Liveness check']);
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
});
