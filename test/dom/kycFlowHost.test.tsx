/**
 * <KycFlow> inside a host that re-renders: inline props (objects, callbacks that set the host's
 * state) must not re-run the flow's effects or loop.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { KycFlow, type KycEvent } from '../../src';
import { API_BASE_URL, setupSandboxServer } from '../support/sandboxServer';

const { sandbox } = setupSandboxServer();

function Host({ ids, requests }: { ids: { legalEntityUuid: string; clientUuid: string }; requests: string[] }) {
  const [events, setEvents] = useState<string[]>([]);
  return (
    <>
      <KycFlow
        apiBaseUrl={API_BASE_URL}
        {...ids}
        sumsub={{ ttlMin: 600, ttlMax: 3600 }}
        messages={{ 'levels.title': 'Pick your level' }}
        fetch={(input, init) => {
          requests.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
          return fetch(input, init);
        }}
        onEvent={(event: KycEvent) => setEvents((all) => [...all, event.type])}
      />
      <output aria-label="host events">{events.join(',')}</output>
    </>
  );
}

describe('<KycFlow> in a re-rendering host', () => {
  it('given inline objects and an onEvent that sets host state / should render once per event, without a loop', async () => {
    const errors = vi.spyOn(console, 'error');
    const user = userEvent.setup();
    const requests: string[] = [];
    render(<Host ids={sandbox.seed('new')} requests={requests} />);
    expect(await screen.findByRole('heading', { name: 'Pick your level' })).toBeVisible();
    const hostEvents = () => screen.getByLabelText('host events').textContent?.split(',');
    // The host has re-rendered with the event: the moment a loop would start.
    await waitFor(() => expect(hostEvents()).toEqual(['level_info_loaded']));

    // The client starts: the first step comes one round trip later, by when a loop would have shown itself.
    await user.click(screen.getByRole('radio', { name: /Basic/ }));
    await user.click(screen.getByRole('button', { name: 'Start verification' }));
    expect(await screen.findByRole('heading', { name: 'Your name' })).toBeVisible();
    expect(hostEvents()?.slice(0, 2)).toEqual(['level_info_loaded', 'application_created']);
    expect(requests.slice(0, 2)).toEqual([
      'GET /kyc/v1/clients/kyc-level-info/',
      'POST /kyc/v1/clients/kyc-level-info/',
    ]);
    expect(errors).not.toHaveBeenCalledWith(expect.stringContaining('Maximum update depth'), expect.anything());
    errors.mockRestore();
  });
});

describe('<KycFlow> and the host page’s focus', () => {
  it('given a page that just loaded / should not take focus until the client uses the widget', async () => {
    const user = userEvent.setup();
    const ids = sandbox.seed('new');
    const onEvent = vi.fn<(event: KycEvent) => void>();
    render(
      <>
        <button type="button">Host search</button>
        <KycFlow apiBaseUrl={API_BASE_URL} {...ids} onEvent={onEvent} />
      </>,
    );
    const hostButton = screen.getByRole('button', { name: 'Host search' });
    hostButton.focus();
    // The widget has loaded and shows its first screen, ready to use: had it taken focus, it would have by now.
    await screen.findByRole('heading', { name: 'Choose a verification level' });
    await waitFor(() => expect(onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: 'level_info_loaded' })));
    expect(screen.getByRole('button', { name: 'Start verification' })).toBeVisible();
    expect(hostButton).toHaveFocus();

    await user.click(screen.getByRole('radio', { name: /Basic/ }));
    await user.click(screen.getByRole('button', { name: 'Start verification' }));
    expect(await screen.findByRole('heading', { name: 'Your name' })).toHaveFocus();
  });
});
