import { useQuery } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKycClient } from '../../core/client';
import { LIVENESS_TOKEN_KEY } from '../../core/schemas';
import { renderWithKyc } from '../../../test/support/renderWithKyc';
import { API_BASE_URL, setupSandboxServer } from '../../../test/support/sandboxServer';
import { useKyc, type KycProviderProps } from '../context/KycContext';
import { applicationQuery } from '../queries';
import { LivenessTokenField, type SumsubFrameLoader } from './LivenessTokenField';
import type { SumsubFrameProps } from './SumsubFrame';

const { sandbox } = setupSandboxServer();

/**
 * Stands in for the lazily loaded SumSub frame in jsdom (the real SDK is covered by SumsubFrame.test and
 * the browser tests). It records what it was mounted with and lets the test play the frame's part.
 */
const frame: { mounts: string[]; props: SumsubFrameProps | null; renewed: string[] } = {
  mounts: [],
  props: null,
  renewed: [],
};
function FakeFrame(props: SumsubFrameProps) {
  const [mountedWith] = useState(() => {
    frame.mounts.push(props.accessToken);
    return props.accessToken;
  });
  frame.props = props;
  return (
    <div data-testid="fake-frame" data-token={mountedWith}>
      <button
        type="button"
        onClick={() =>
          props.expirationHandler().then(
            (token) => frame.renewed.push(token),
            () => undefined,
          )
        }
      >
        Frame: token refused
      </button>
      <button type="button" onClick={() => props.onMessage('idCheck.onReady', {})}>
        Frame: ready
      </button>
      <button type="button" onClick={() => props.onMessage('idCheck.onApplicantSubmitted', {})}>
        Frame: submitted
      </button>
    </div>
  );
}

/** Reads the application like the flow does and renders the liveness question from it. */
function Harness({
  applicationUuid,
  loadFrame,
  scheme,
}: {
  applicationUuid: string;
  loadFrame: SumsubFrameLoader;
  scheme?: 'light' | 'dark' | undefined;
}) {
  const { client } = useKyc();
  const { data } = useQuery(applicationQuery(client, applicationUuid));
  const question = data?.kyc_steps
    .flatMap((step) => step.questions)
    .find((q) => q.attribute.key === LIVENESS_TOKEN_KEY);
  if (!question) return <p>Loading application</p>;
  return (
    <div data-color-scheme={scheme}>
      <LivenessTokenField
        question={question}
        id="liveness"
        value={null}
        onValueChange={() => undefined}
        applicationUuid={applicationUuid}
        loadFrame={loadFrame}
      />
    </div>
  );
}

function setup(
  ids = sandbox.seed('draft'),
  {
    frameLoader,
    props = {},
    scheme,
  }: { frameLoader?: SumsubFrameLoader; props?: Partial<KycProviderProps>; scheme?: 'light' | 'dark' } = {},
) {
  frame.mounts = [];
  frame.props = null;
  frame.renewed = [];
  const applicationUuid = ids.applicationUuid ?? '';
  const loadFrame = vi.fn<SumsubFrameLoader>(frameLoader ?? (() => Promise.resolve({ default: FakeFrame })));
  const tokenRequests: string[] = [];
  const recordingFetch: typeof fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes(`/attributes/${LIVENESS_TOKEN_KEY}/`)) tokenRequests.push(url);
    return fetch(input, init);
  };
  const view = renderWithKyc(<Harness applicationUuid={applicationUuid} loadFrame={loadFrame} scheme={scheme} />, ids, {
    fetch: recordingFetch,
    ...props,
  });
  return { ...view, loadFrame, tokenRequests, applicationUuid, user: userEvent.setup() };
}

/** An IntersectionObserver the test drives: `show()` reports every observed element on screen. */
function installIntersectionObserver() {
  const observers: { callback: IntersectionObserverCallback; targets: Element[]; self: IntersectionObserver }[] = [];
  class FakeIntersectionObserver {
    constructor(callback: IntersectionObserverCallback) {
      observers.push({ callback, targets: [], self: this as unknown as IntersectionObserver });
    }
    observe(target: Element) {
      observers.find((o) => o.self === (this as unknown as IntersectionObserver))?.targets.push(target);
    }
    unobserve() {}
    disconnect() {
      const entry = observers.find((o) => o.self === (this as unknown as IntersectionObserver));
      if (entry) entry.targets = [];
    }
    takeRecords() {
      return [];
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  return {
    show() {
      for (const { callback, targets, self } of observers) {
        if (targets.length)
          callback(
            targets.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry),
            self,
          );
      }
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The customer's Start: the one primary action of the screen. */
async function start(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Start' }));
}

describe('LivenessTokenField', () => {
  it('given the check is not started / should say what happens and what to prepare, and mint nothing before Start', async () => {
    const { user, tokenRequests, events } = setup();
    const field = await screen.findByRole('group', { name: /Take a video selfie/ });

    expect(field).toHaveTextContent("We'll take a short video selfie to check it's really you.");
    expect(field).toHaveTextContent('Find a place with good light, and allow camera access when your browser asks.');
    expect(field.textContent).not.toMatch(/sumsub|token|url|liveness_|Please answer/i);
    expect(screen.getAllByRole('button', { name: 'Start' })).toHaveLength(1);
    expect(screen.queryByTestId('fake-frame')).not.toBeInTheDocument();
    expect(tokenRequests).toEqual([]);

    await start(user);

    const shown = await screen.findByTestId('fake-frame');
    expect(tokenRequests).toHaveLength(1);
    expect(sandbox.checkLivenessToken(shown.dataset.token ?? '')).toMatchObject({ valid: true });
    expect(frame.props?.title).toBe('Video selfie check');
    expect(frame.props?.config).toMatchObject({ lang: 'en', theme: 'light' });
    expect(screen.queryByRole('button', { name: 'Start' })).not.toBeInTheDocument();
    expect(events).toContainEqual({ type: 'liveness_started', attributeKey: LIVENESS_TOKEN_KEY, way: 'frame' });
  });

  it('given the field is off screen / should load the SDK only once it scrolls into view', async () => {
    const viewport = installIntersectionObserver();
    const { loadFrame, tokenRequests } = setup();
    await screen.findByRole('button', { name: 'Start' });
    expect(loadFrame).not.toHaveBeenCalled();

    act(() => viewport.show());

    await waitFor(() => expect(loadFrame).toHaveBeenCalled());
    expect(tokenRequests).toEqual([]);
  });

  it('given a dark widget in Arabic / should start the frame in Arabic with the dark theme', async () => {
    const { user } = setup(undefined, { props: { locale: 'ar' }, scheme: 'dark' });
    await user.click(await screen.findByRole('button', { name: 'ابدأ' }));

    await screen.findByTestId('fake-frame');
    expect(frame.props?.config).toMatchObject({ lang: 'ar', theme: 'dark' });
    expect(frame.props?.title).toBe('التحقق بسيلفي الفيديو');
  });

  it('given SumSub refuses the token / should hand the frame a renewed one without remounting it', async () => {
    const { user, tokenRequests } = setup();
    await start(user);
    const shown = await screen.findByTestId('fake-frame');

    await user.click(screen.getByRole('button', { name: 'Frame: token refused' }));

    await waitFor(() => expect(frame.renewed).toHaveLength(1));
    expect(frame.renewed[0]).not.toBe(shown.dataset.token);
    expect(new URL(tokenRequests[1] ?? '').searchParams.get('ttl_renew')).toBe('true');
    expect(frame.mounts).toHaveLength(1);
  });

  it('given SumSub refuses the renewed token too / should stop asking, say so, and start again on Retry', async () => {
    const { user, tokenRequests, events } = setup();
    await start(user);
    await screen.findByTestId('fake-frame');

    // A frame that keeps refusing: it asks again each time it gets a token.
    for (let refusals = 0; refusals < 5; refusals++) {
      await user.click(screen.queryByRole('button', { name: 'Frame: token refused' }) ?? document.body);
    }

    const problem = await screen.findByRole('alert');
    expect(problem).toHaveTextContent('The check stopped before it was finished. Please try again.');
    expect(tokenRequests).toHaveLength(2);
    expect(screen.queryByTestId('fake-frame')).not.toBeInTheDocument();
    // The step offers the check as a link too: it is the way on besides Retry.
    expect(within(problem).getByRole('button', { name: 'Open the check in a new tab instead' })).toBeVisible();
    expect(events).toContainEqual(expect.objectContaining({ type: 'error', during: 'liveness' }));

    await user.click(within(problem).getByRole('button', { name: 'Try again' }));

    await waitFor(() => expect(frame.mounts).toHaveLength(2));
    expect(tokenRequests).toHaveLength(3);
    expect(frame.mounts[1]).not.toBe(frame.mounts[0]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('given the renewal fails / should say so and start a new session on Retry', async () => {
    const { user } = setup();
    await start(user);
    await screen.findByTestId('fake-frame');
    sandbox.setFaults({ routes: { getAttribute: { failureRate: 1 } } });

    await user.click(screen.getByRole('button', { name: 'Frame: token refused' }));
    expect(await screen.findByRole('alert', undefined, { timeout: 4000 })).toHaveTextContent(
      'The check stopped before it was finished. Please try again.',
    );
    expect(frame.renewed).toEqual([]);

    sandbox.setFaults(undefined);
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    await waitFor(() => expect(frame.mounts).toHaveLength(2));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(sandbox.checkLivenessToken(frame.mounts[1] ?? '')).toMatchObject({ valid: true });
  });

  it('given the frame reports the applicant submitted / should show the completion the server reports', async () => {
    const { user, events } = setup();
    await start(user);
    const shown = await screen.findByTestId('fake-frame');
    expect(sandbox.completeLiveness(shown.dataset.token ?? '')).toBe(true); // what SumSub's side does

    await user.click(screen.getByRole('button', { name: 'Frame: submitted' }));

    expect(await screen.findByText('Your video selfie check is complete.')).toBeInTheDocument();
    expect(screen.queryByTestId('fake-frame')).not.toBeInTheDocument();
    expect(events).toContainEqual({ type: 'liveness_completed', attributeKey: LIVENESS_TOKEN_KEY });
  });

  it('given the check is already completed / should say so without a Start, the SDK or a token', async () => {
    const ids = sandbox.seed('draft');
    const client = createKycClient({ baseUrl: API_BASE_URL, ...ids });
    const attribute = await client.getAttribute(ids.applicationUuid ?? '', LIVENESS_TOKEN_KEY);
    sandbox.completeLiveness(String(attribute.value));

    const { loadFrame, tokenRequests } = setup(ids);

    expect(await screen.findByText('Your video selfie check is complete.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start' })).not.toBeInTheDocument();
    expect(loadFrame).not.toHaveBeenCalled();
    expect(tokenRequests).toEqual([]);
  });

  it('given the SumSub SDK reports an error / should tell the partner: onError during liveness', async () => {
    const onError = vi.fn();
    const baseUrl = 'https://partner.example';
    const { container, user } = setup(undefined, {
      frameLoader: () => import('./SumsubFrame'),
      props: { onError, sumsub: { baseUrl } },
    });
    await start(user);
    await waitFor(() => expect(container.querySelector('iframe')).not.toBeNull());

    // What the SDK's frame posts to the page (the real @sumsub/websdk-react routes it).
    const message = { method: 'idCheck.onError', code: 'camera-not-found', error: 'No camera' };
    act(() => window.dispatchEvent(new MessageEvent('message', { origin: baseUrl, data: message })));

    expect(onError).toHaveBeenCalledTimes(1);
    const [error, details] = onError.mock.calls[0] ?? [];
    expect(details).toEqual({ during: 'liveness', endpoint: undefined });
    expect(String((error as Error).message)).toContain('camera-not-found');
  });

  it('given the SDK chunk fails to load / should offer Retry and tell the partner: onError during liveness', async () => {
    const onError = vi.fn();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined); // React logs the caught error
    const { user } = setup(undefined, {
      frameLoader: () => Promise.reject(new Error('Failed to fetch the chunk')),
      props: { onError },
    });
    await start(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('The check is taking too long to load.');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[1]).toEqual({ during: 'liveness', endpoint: undefined });
    consoleError.mockRestore();
  });
});

describe('LivenessTokenField: a frame that never becomes ready', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('given the frame stays silent / should show a message, Retry and the link within 20 s, not a blank area', async () => {
    const onError = vi.fn();
    const { user } = setup(undefined, { props: { onError } });
    await start(user);
    await screen.findByTestId('fake-frame');

    await act(() => vi.advanceTimersByTimeAsync(14_000));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(6_000));

    const problem = screen.getByRole('alert');
    expect(problem).toHaveTextContent('The check is taking too long to load. Check your connection and try again.');
    expect(within(problem).getByRole('button', { name: 'Open the check in a new tab instead' })).toBeVisible();
    expect(screen.queryByTestId('fake-frame')).not.toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.any(Error), { during: 'liveness', endpoint: undefined });

    await user.click(within(problem).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('fake-frame')).toBeInTheDocument();
    expect(frame.mounts).toHaveLength(2);
  });

  it('given the frame says it is ready / should leave it running', async () => {
    const { user } = setup();
    await start(user);
    await screen.findByTestId('fake-frame');
    await user.click(screen.getByRole('button', { name: 'Frame: ready' }));

    await act(() => vi.advanceTimersByTimeAsync(60_000));

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByTestId('fake-frame')).toBeInTheDocument();
  });
});
