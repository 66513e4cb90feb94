/**
 * What partners read about the application's status is one of the contract's five statuses or
 * `unknown` (so a `switch` can be exhaustive), with the API's raw value beside it as `rawStatus`.
 * The API here is the sandbox, behind a `fetch` that rewrites the application's status the way a
 * provider with other spellings or a new status would.
 */
import { render, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { KycFlow, type KycEvent, type StatusChangeDetails } from '../../src';
import { createSandbox, createSandboxFetch } from '../../src/sandbox';

const API = 'https://partner.example/kyc';
const sandbox = createSandbox({ seed: 23 });
const sandboxFetch = createSandboxFetch(sandbox, { baseUrl: API });

/** The sandbox, with the status of each application read replaced by the next of `statuses` (the last one stays). */
function apiSending(statuses: string[]): typeof fetch {
  let reads = 0;
  return async (input, init) => {
    const response = await sandboxFetch(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!/^\/kyc\/v1\/kyc\/[^/]+\/$/.test(url.pathname) || (init?.method ?? 'GET') !== 'GET') return response;
    const body = (await response.json()) as Record<string, unknown>;
    const status = statuses[Math.min(reads, statuses.length - 1)];
    reads += 1;
    return Response.json({ ...body, status }, { status: response.status });
  };
}

function renderFlow(statuses: string[]) {
  const onStatusChange = vi.fn<(details: StatusChangeDetails) => void>();
  const events: KycEvent[] = [];
  const ids = sandbox.seed('in_review');
  render(
    <KycFlow
      apiBaseUrl={API}
      {...ids}
      fetch={apiSending(statuses)}
      retry={false}
      onStatusChange={onStatusChange}
      onEvent={(event) => events.push(event)}
    />,
  );
  const statusEvents = () =>
    events.filter((event) => event.type === 'application_loaded' || event.type === 'status_changed');
  return { onStatusChange, statusEvents };
}

describe('status in callbacks and events', () => {
  it('given a known status spelt another way / should report it as the known status with the raw value beside it', async () => {
    const { onStatusChange, statusEvents } = renderFlow([' In_Review ']);
    await waitFor(() => expect(onStatusChange).toHaveBeenCalled());
    expect(onStatusChange.mock.calls[0]?.[0]).toEqual({
      applicationUuid: expect.any(String),
      status: 'in_review',
      rawStatus: ' In_Review ',
      previousStatus: undefined,
    });
    expect(statusEvents()).toEqual([
      {
        type: 'application_loaded',
        applicationUuid: expect.any(String),
        status: 'in_review',
        rawStatus: ' In_Review ',
      },
    ]);
  });

  it('given a status outside the contract / should report unknown and pass the raw value through', async () => {
    const { onStatusChange, statusEvents } = renderFlow(['escalated']);
    await waitFor(() => expect(onStatusChange).toHaveBeenCalled());
    expect(onStatusChange.mock.calls[0]?.[0]).toMatchObject({ status: 'unknown', rawStatus: 'escalated' });
    expect(statusEvents()).toEqual([expect.objectContaining({ status: 'unknown', rawStatus: 'escalated' })]);
  });

  it('given a decision while the widget watches / should report the change with the known previous status', async () => {
    const { onStatusChange, statusEvents } = renderFlow(['IN_REVIEW', 'Approved']);
    await waitFor(() => expect(onStatusChange).toHaveBeenCalledTimes(2), { timeout: 4000 });
    expect(onStatusChange.mock.calls[1]?.[0]).toMatchObject({
      status: 'approved',
      rawStatus: 'Approved',
      previousStatus: 'in_review',
    });
    expect(statusEvents().map((event) => event.type)).toEqual(['application_loaded', 'status_changed']);
  });
});
