import { focusManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, configure, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { API_BASE_URL, setupSandboxServer } from '../../../test/support/sandboxServer';
import { useApplication, useLevelInfo } from '../hooks/useKycData';
import { KycFlow } from '../KycFlow';
import { KycProvider } from './KycContext';

const { sandbox } = setupSandboxServer();

afterEach(() => {
  configure({ reactStrictMode: false });
});

/** A partner's own line built on the widget's hooks. */
function LevelLine() {
  const { data: info } = useLevelInfo();
  const { data: application } = useApplication(info?.last_kyc_application_uuid);
  if (!info) return <p>Loading your verification…</p>;
  return (
    <p>{`${info.available_levels_for_upgrade.length} levels on offer, application ${application?.status ?? 'none'}.`}</p>
  );
}

/** A fetch that records `METHOD path` of each call before passing it on. */
function recording(): { fetch: typeof fetch; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    fetch: (input, init) => {
      calls.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
      return fetch(input, init);
    },
  };
}

// The first <KycFlow> of a run also loads the questionnaire's lazy chunk: give it time on a busy machine.

/** The calls made more than once. */
const repeated = (calls: string[]) => calls.filter((call, index) => calls.indexOf(call) !== index);

/** The level info the widget read, as cached in `client` (undefined when it is not there). */
const cachedLevelInfo = (client: QueryClient) =>
  client
    .getQueryCache()
    .findAll({ queryKey: ['kyc'] })
    .find((query) => query.queryKey.includes('level-info'))?.state.data;

describe('the react-query client of <KycProvider>', () => {
  it('given no QueryClientProvider / a partner layout with the hooks shows the data (a private client)', async () => {
    const ids = sandbox.seed('in_review');
    render(
      <KycProvider apiBaseUrl={API_BASE_URL} {...ids}>
        <LevelLine />
      </KycProvider>,
    );
    expect(await screen.findByText(/levels on offer, application in_review\./)).toBeVisible();
  });

  it("given the partner's QueryClientProvider above / <KycFlow> keeps its data in the partner's client", async () => {
    const ids = sandbox.seed('new');
    const partner = new QueryClient();
    render(
      <QueryClientProvider client={partner}>
        <KycFlow apiBaseUrl={API_BASE_URL} {...ids} />
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Choose a verification level' })).toBeVisible();
    expect(cachedLevelInfo(partner)).toBeDefined(); // the partner can read or invalidate it
  });

  it('given a queryClient prop inside another QueryClientProvider / the prop wins', async () => {
    const ids = sandbox.seed('new');
    const above = new QueryClient();
    const given = new QueryClient();
    render(
      <QueryClientProvider client={above}>
        <KycProvider apiBaseUrl={API_BASE_URL} {...ids} queryClient={given}>
          <LevelLine />
        </KycProvider>
      </QueryClientProvider>,
    );
    expect(await screen.findByText(/levels on offer/)).toBeVisible();
    expect(cachedLevelInfo(given)).toBeDefined();
    expect(cachedLevelInfo(above)).toBeUndefined();
  });

  it("given StrictMode and the partner's shared client with react-query's defaults / <KycFlow> reads each thing once", async () => {
    configure({ reactStrictMode: true });
    const ids = sandbox.seed('draft');
    const shared = new QueryClient(); // staleTime 0, retries, refetch on focus: what a partner app often has
    const { fetch, calls } = recording();
    render(
      <QueryClientProvider client={shared}>
        <KycFlow apiBaseUrl={API_BASE_URL} {...ids} fetch={fetch} />
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Continue' }, { timeout: 5000 })).toBeVisible();
    await waitFor(() => expect(shared.isFetching()).toBe(0));
    expect(calls).toContain(`GET /kyc/v1/kyc/${ids.applicationUuid ?? ''}/`);
    expect(repeated(calls)).toEqual([]);
  });

  it("given the partner's shared client / the window regaining focus refetches nothing over the client's answers", async () => {
    const ids = sandbox.seed('draft');
    const shared = new QueryClient(); // react-query's defaults would refetch every stale query on focus
    const { fetch, calls } = recording();
    render(
      <QueryClientProvider client={shared}>
        <KycFlow apiBaseUrl={API_BASE_URL} {...ids} fetch={fetch} />
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Continue' }, { timeout: 5000 })).toBeVisible();
    await waitFor(() => expect(shared.isFetching()).toBe(0));
    const before = [...calls];
    try {
      // react-query starts focus refetches after a microtask or two; a macrotask later they have begun.
      await act(async () => {
        focusManager.setFocused(false);
        focusManager.setFocused(true);
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
      expect(shared.isFetching()).toBe(0);
      expect(calls).toEqual(before);
    } finally {
      focusManager.setFocused(undefined);
    }
  });

  it('given StrictMode and no client of its own / <KycProvider> and the hooks read each thing once', async () => {
    configure({ reactStrictMode: true });
    const ids = sandbox.seed('in_review');
    const { fetch, calls } = recording();
    render(
      <KycProvider apiBaseUrl={API_BASE_URL} {...ids} fetch={fetch}>
        <LevelLine />
        <LevelLine />
      </KycProvider>,
    );
    // The application is read after the level info: once it shows, nothing else is on its way.
    expect(await screen.findAllByText(/application in_review\./)).toHaveLength(2);
    expect(calls).toEqual(['GET /kyc/v1/clients/kyc-level-info/', `GET /kyc/v1/kyc/${ids.applicationUuid ?? ''}/`]);
  });
});
