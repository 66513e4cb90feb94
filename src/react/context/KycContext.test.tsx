import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { KycTransportError } from '../../core/errors';
import type { KycClient } from '../../core/client';
import { API_BASE_URL, setupSandboxServer } from '../../../test/support/sandboxServer';
import { KycProvider, useKyc } from './KycContext';

const { sandbox } = setupSandboxServer();

/** Reads the application on a click and says how that went; records every client it was given. */
function Probe({ applicationUuid, clients }: { applicationUuid: string; clients: Set<KycClient> }) {
  const { client } = useKyc();
  clients.add(client);
  const [outcome, setOutcome] = useState('');
  const load = () =>
    client.getApplication(applicationUuid).then(
      () => setOutcome('loaded'),
      (error: unknown) => setOutcome(`failed: ${error instanceof KycTransportError ? error.reason : String(error)}`),
    );
  return (
    <>
      <button type="button" onClick={() => void load()}>
        Load
      </button>
      <p role="status">{outcome}</p>
    </>
  );
}

/** A partner page whose timeout setting changes while the widget is mounted. */
function PartnerPage({ clients }: { clients: Set<KycClient> }) {
  const [ids] = useState(() => sandbox.seed('draft'));
  const [queryClient] = useState(() => new QueryClient());
  const [timeoutMs, setTimeoutMs] = useState(20_000);
  return (
    <QueryClientProvider client={queryClient}>
      <KycProvider apiBaseUrl={API_BASE_URL} {...ids} timeoutMs={timeoutMs} retry={false}>
        <button type="button" onClick={() => setTimeoutMs(50)}>
          Shorter timeout
        </button>
        <Probe applicationUuid={ids.applicationUuid ?? ''} clients={clients} />
      </KycProvider>
    </QueryClientProvider>
  );
}

describe('KycProvider', () => {
  it('given a new timeoutMs while mounted / should apply it to the next call without a new client', async () => {
    sandbox.setFaults({ routes: { getApplication: { latencyMs: 300 } } });
    const clients = new Set<KycClient>();
    const user = userEvent.setup();
    render(<PartnerPage clients={clients} />);

    await user.click(screen.getByRole('button', { name: 'Load' }));
    expect(await screen.findByText('loaded')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Shorter timeout' }));
    await user.click(screen.getByRole('button', { name: 'Load' }));

    expect(await screen.findByText('failed: timeout')).toBeInTheDocument();
    expect(clients.size).toBe(1); // nothing keyed on the client (queries, uploads, liveness) starts over
  });
});
