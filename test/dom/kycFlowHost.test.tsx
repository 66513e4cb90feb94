/**
 * <KycFlow> inside a host that re-renders: inline props (objects, callbacks that set the host's
 * state) must not re-run the flow's effects or loop.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { KycFlow, type KycEvent } from '../../src';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

function Host({ ids }: { ids: { legalEntityUuid: string; clientUuid: string } }) {
  const [events, setEvents] = useState<string[]>([]);
  return (
    <>
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        {...ids}
        sumsub={{ ttlMin: 600, ttlMax: 3600 }}
        messages={{ 'levels.title': 'Pick your level' }}
        onEvent={(event: KycEvent) => setEvents((all) => [...all, event.type])}
      />
      <output aria-label="host events">{events.join(',')}</output>
    </>
  );
}

describe('<KycFlow> in a re-rendering host', () => {
  it('given inline objects and an onEvent that sets host state / should render once per event, without a loop', async () => {
    const errors = vi.spyOn(console, 'error');
    render(<Host ids={sandbox.seed('new')} />);
    expect(await screen.findByRole('heading', { name: 'Pick your level' })).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.getByLabelText('host events').textContent).toBe('level_info_loaded');
    expect(errors).not.toHaveBeenCalledWith(expect.stringContaining('Maximum update depth'), expect.anything());
    errors.mockRestore();
  });
});

describe('<KycFlow> and the host page’s focus', () => {
  it('given a page that just loaded / should not take focus until the client uses the widget', async () => {
    const user = userEvent.setup();
    const ids = sandbox.seed('new');
    render(
      <>
        <button type="button">Host search</button>
        <KycFlow apiBaseUrl={API_BASE_URL} {...ids} />
      </>,
    );
    const hostButton = screen.getByRole('button', { name: 'Host search' });
    hostButton.focus();
    await screen.findByRole('heading', { name: 'Choose a verification level' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hostButton).toHaveFocus();

    await user.click(screen.getByRole('radio', { name: /Basic/ }));
    await user.click(screen.getByRole('button', { name: 'Start verification' }));
    expect(await screen.findByRole('heading', { name: 'Your name' })).toHaveFocus();
  });
});
