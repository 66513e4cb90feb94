import { useQuery } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIVENESS_TOKEN_KEY, LIVENESS_URL_KEY, type Application } from '../../core/schemas';
import { createSandbox } from '../../sandbox';
import { createSandboxHandlers } from '../../sandbox/msw';
import { renderWithKyc } from '../../../test/support/renderWithKyc';
import { API_BASE_URL } from '../../../test/support/sandboxServer';
import { createKycClient } from '../../core/client';
import { useKyc } from '../context/KycContext';
import type { KycEvent } from '../context/events';
import { applicationQuery } from '../queries';
import { LivenessUrlField } from './LivenessUrlField';

// Our own MSW server (like test/support/sandboxServer) so one test can override a route.
const sandbox = createSandbox({ seed: 11 });
const server = setupServer(...createSandboxHandlers(sandbox, { baseUrl: API_BASE_URL }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
/** A level that offers the check only as a link: the application without the embedded check's question. */
function linkOnlyLevel() {
  server.use(
    http.get(`${API_BASE_URL}/v1/kyc/:uuid/`, async ({ request }) => {
      const response = await sandbox.handle(request);
      const app = (await response.json()) as Application;
      for (const step of app.kyc_steps)
        step.questions = step.questions.filter((q) => q.attribute.key !== LIVENESS_TOKEN_KEY);
      return HttpResponse.json(app, { status: response.status });
    }),
  );
}
beforeEach(() => linkOnlyLevel());
afterEach(() => {
  server.resetHandlers();
  sandbox.setFaults(undefined);
  vi.restoreAllMocks();
});
afterAll(() => server.close());

/** Reads the application like the flow does and renders the liveness URL question from it. */
function Harness({ applicationUuid }: { applicationUuid: string }) {
  const { client } = useKyc();
  const { data } = useQuery(applicationQuery(client, applicationUuid));
  const question = data?.kyc_steps.flatMap((step) => step.questions).find((q) => q.attribute.key === LIVENESS_URL_KEY);
  if (!question) return <p>Loading application</p>;
  return (
    <LivenessUrlField
      question={question}
      id="liveness-url"
      value={null}
      onValueChange={() => undefined}
      applicationUuid={applicationUuid}
    />
  );
}

function setup(ids = sandbox.seed('draft')) {
  const applicationUuid = ids.applicationUuid ?? '';
  const open = vi.spyOn(window, 'open').mockReturnValue(null);
  const onError = vi.fn();
  const linkRequests: string[] = [];
  const recordingFetch: typeof fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes(`/attributes/${LIVENESS_URL_KEY}/`)) linkRequests.push(url);
    return fetch(input, init);
  };
  // The sandbox serves its stand-in liveness page from the API's own host.
  const view = renderWithKyc(<Harness applicationUuid={applicationUuid} />, ids, {
    fetch: recordingFetch,
    sumsub: { allowedHosts: ['partner.example'] },
    onError,
  });
  const events = view.events as KycEvent[];
  return { ...view, events, open, onError, linkRequests, applicationUuid, user: userEvent.setup() };
}

const openButton = () => screen.findByRole('button', { name: 'Open the check' });
const completions = (events: KycEvent[]) => events.filter((event) => event.type === 'liveness_completed');

describe('LivenessUrlField', () => {
  it('given a level that offers the check as a link / should show one screen with "Open the check" as its action', async () => {
    const { events, user } = setup();
    const field = await screen.findByRole('group', { name: /Take a video selfie/ });

    expect(field).toHaveTextContent("We'll take a short video selfie to check it's really you.");
    expect(field).toHaveTextContent('Find a place with good light, and allow camera access when your browser asks.');
    expect(await openButton()).toHaveAccessibleDescription(expect.stringContaining('Opens in a new tab.'));
    expect(field.textContent).not.toMatch(/sumsub|token|url|liveness_|Please answer/i);

    await user.click(await openButton());
    expect(events).toContainEqual({ type: 'liveness_started', attributeKey: LIVENESS_URL_KEY, way: 'link' });
  });

  it('given the step also has the embedded check / should leave the screen to it and render nothing', async () => {
    server.resetHandlers();
    const { container, linkRequests } = setup();

    await waitFor(() => expect(screen.queryByText('Loading application')).not.toBeInTheDocument());
    expect(container).toBeEmptyDOMElement();
    expect(linkRequests).toEqual([]);
  });

  it('given a safe link / should fetch it only on click, open it in a new tab and wait for the check to complete', async () => {
    const { user, open, linkRequests } = setup();
    await user.click(await openButton());
    expect(linkRequests).toHaveLength(1);

    expect(
      await screen.findByText("Finish the check in the new tab. This page updates when you're done."),
    ).toBeInTheDocument();
    expect(open).toHaveBeenCalledTimes(1);
    const [href, target, features] = open.mock.calls[0] ?? [];
    const url = new URL(String(href));
    expect(url.origin + url.pathname).toBe('https://partner.example/websdk/liveness.html');
    expect([target, features]).toEqual(['_blank', 'noopener,noreferrer']);

    // The client completes the check in the other tab.
    expect(sandbox.completeLiveness(url.searchParams.get('token') ?? '')).toBe(true);
    expect(
      await screen.findByText('Your video selfie check is complete.', undefined, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it('given the page is only read / should not ask for a link', async () => {
    const { linkRequests } = setup();
    await openButton();
    expect(linkRequests).toEqual([]);
  });

  it('given the server sends a javascript: link / should never open it and say it is not safe', async () => {
    server.use(
      http.get(`${API_BASE_URL}/v1/kyc/:uuid/attributes/${LIVENESS_URL_KEY}/`, () =>
        HttpResponse.json({
          key: LIVENESS_URL_KEY,
          type: 'sumsub_liveness',
          value: 'javascript:alert(document.domain)',
        }),
      ),
    );
    const { user, open, onError } = setup();

    await user.click(await openButton());

    expect(
      await screen.findByText('The liveness check link is not safe to open. Please contact support.'),
    ).toBeInTheDocument();
    expect(open).not.toHaveBeenCalled();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    // The partner hears of it (a misconfigured allowedHosts shows up here), without the link itself.
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[1]).toEqual({ during: 'liveness', endpoint: undefined });
    expect(String(onError.mock.calls[0]?.[0])).not.toContain('javascript:');
  });

  it('given a link to a host that is not allowed / should not open it', async () => {
    server.use(
      http.get(`${API_BASE_URL}/v1/kyc/:uuid/attributes/${LIVENESS_URL_KEY}/`, () =>
        HttpResponse.json({
          key: LIVENESS_URL_KEY,
          type: 'sumsub_liveness',
          value: 'https://partner.example.evil.io/liveness',
        }),
      ),
    );
    const { user, open } = setup();

    await user.click(await openButton());

    expect(
      await screen.findByText('The liveness check link is not safe to open. Please contact support.'),
    ).toBeInTheDocument();
    expect(open).not.toHaveBeenCalled();
  });

  it('given the check completes in the other tab / should emit liveness_completed once', async () => {
    const { user, open, events } = setup();
    await user.click(await openButton());
    await screen.findByText("Finish the check in the new tab. This page updates when you're done.");
    const token = new URL(String(open.mock.calls[0]?.[0])).searchParams.get('token') ?? '';
    expect(completions(events)).toEqual([]);

    sandbox.completeLiveness(token);

    expect(
      await screen.findByText('Your video selfie check is complete.', undefined, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(completions(events)).toEqual([{ type: 'liveness_completed', attributeKey: LIVENESS_URL_KEY }]);
  });

  it('given the check was completed before / should say so without emitting liveness_completed', async () => {
    const ids = sandbox.seed('draft');
    const client = createKycClient({ baseUrl: API_BASE_URL, ...ids });
    const link = await client.getAttribute(ids.applicationUuid ?? '', LIVENESS_URL_KEY);
    sandbox.completeLiveness(new URL(String(link.value)).searchParams.get('token') ?? '');

    const { events } = setup(ids);

    expect(await screen.findByText('Your video selfie check is complete.')).toBeInTheDocument();
    expect(completions(events)).toEqual([]);
  });

  it('given the link cannot be had / should say so and tell the partner: onError during liveness', async () => {
    sandbox.setFaults({ routes: { getAttribute: { failureRate: 1 } } });
    const { user, onError, open } = setup();

    await user.click(await openButton());

    expect(
      await screen.findByText('The check could not be opened. Please try again.', undefined, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(open).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[1]).toEqual({
      during: 'liveness',
      endpoint: 'GET /v1/kyc/{uuid}/attributes/{key}/',
    });
  });
});
