import { useQuery } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
      <button type="button" onClick={() => props.onMessage('idCheck.onApplicantSubmitted', {})}>
        Frame: submitted
      </button>
    </div>
  );
}

/** Reads the application like the flow does and renders the liveness question from it. */
function Harness({ applicationUuid, loadFrame }: { applicationUuid: string; loadFrame: SumsubFrameLoader }) {
  const { client } = useKyc();
  const { data } = useQuery(applicationQuery(client, applicationUuid));
  const question = data?.kyc_steps
    .flatMap((step) => step.questions)
    .find((q) => q.attribute.key === LIVENESS_TOKEN_KEY);
  if (!question) return <p>Loading application</p>;
  return (
    <LivenessTokenField
      question={question}
      id="liveness"
      value={null}
      onValueChange={() => undefined}
      applicationUuid={applicationUuid}
      loadFrame={loadFrame}
    />
  );
}

function setup(
  ids = sandbox.seed('draft'),
  { frameLoader, props = {} }: { frameLoader?: SumsubFrameLoader; props?: Partial<KycProviderProps> } = {},
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
  const view = renderWithKyc(<Harness applicationUuid={applicationUuid} loadFrame={loadFrame} />, ids, {
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

describe('LivenessTokenField', () => {
  it('given the field is off screen / should neither load the SDK nor mint a token until it scrolls into view', async () => {
    const viewport = installIntersectionObserver();
    const { loadFrame, tokenRequests } = setup();
    await screen.findByText('We will ask you to turn on your camera and take a few photos.');

    expect(loadFrame).not.toHaveBeenCalled();
    expect(tokenRequests).toEqual([]);

    act(() => viewport.show());

    const shown = await screen.findByTestId('fake-frame');
    expect(loadFrame).toHaveBeenCalledTimes(1);
    expect(tokenRequests).toHaveLength(1);
    expect(sandbox.checkLivenessToken(shown.dataset.token ?? '')).toMatchObject({ valid: true });
    expect(frame.props?.title).toBe('SumSub liveness check');
    expect(frame.props?.config).toMatchObject({ lang: 'en' });
  });

  it('given no IntersectionObserver / should load the SDK right away', async () => {
    const { loadFrame } = setup();

    await screen.findByTestId('fake-frame');
    expect(loadFrame).toHaveBeenCalledTimes(1);
  });

  it('given SumSub refuses the token / should hand the frame a renewed one without remounting it', async () => {
    const { user, tokenRequests } = setup();
    const shown = await screen.findByTestId('fake-frame');

    await user.click(screen.getByRole('button', { name: 'Frame: token refused' }));

    await waitFor(() => expect(frame.renewed).toHaveLength(1));
    expect(frame.renewed[0]).not.toBe(shown.dataset.token);
    expect(new URL(tokenRequests[1] ?? '').searchParams.get('ttl_renew')).toBe('true');
    expect(frame.mounts).toHaveLength(1);
  });

  it('given the renewal fails / should say so and start a new session on Retry', async () => {
    const { user } = setup();
    await screen.findByTestId('fake-frame');
    sandbox.setFaults({ routes: { getAttribute: { failureRate: 1 } } });

    await user.click(screen.getByRole('button', { name: 'Frame: token refused' }));
    expect(
      await screen.findByText('The liveness check session could not be renewed.', undefined, { timeout: 4000 }),
    ).toBeInTheDocument();
    expect(frame.renewed).toEqual([]);

    sandbox.setFaults(undefined);
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    await waitFor(() => expect(frame.mounts).toHaveLength(2));
    expect(screen.queryByText('The liveness check session could not be renewed.')).not.toBeInTheDocument();
    expect(frame.mounts[1]).not.toBe(frame.mounts[0]);
    expect(sandbox.checkLivenessToken(frame.mounts[1] ?? '')).toMatchObject({ valid: true });
  });

  it('given the frame reports the applicant submitted / should show the completion the server reports', async () => {
    const { user, events } = setup();
    const shown = await screen.findByTestId('fake-frame');
    expect(sandbox.completeLiveness(shown.dataset.token ?? '')).toBe(true); // what SumSub's side does

    await user.click(screen.getByRole('button', { name: 'Frame: submitted' }));

    expect(await screen.findByText('Liveness check completed.')).toBeInTheDocument();
    expect(screen.queryByTestId('fake-frame')).not.toBeInTheDocument();
    expect(events).toContainEqual({ type: 'liveness_completed', attributeKey: LIVENESS_TOKEN_KEY });
  });

  it('given the check is already completed / should say so without loading the SDK or minting a token', async () => {
    const ids = sandbox.seed('draft');
    const client = createKycClient({ baseUrl: API_BASE_URL, ...ids });
    const attribute = await client.getAttribute(ids.applicationUuid ?? '', LIVENESS_TOKEN_KEY);
    sandbox.completeLiveness(String(attribute.value));

    const { loadFrame, tokenRequests } = setup(ids);

    expect(await screen.findByText('Liveness check completed.')).toBeInTheDocument();
    expect(loadFrame).not.toHaveBeenCalled();
    expect(tokenRequests).toEqual([]);
  });

  it('given the SumSub SDK reports an error / should tell the partner: onError during liveness', async () => {
    const onError = vi.fn();
    const baseUrl = 'https://partner.example';
    const { container } = setup(undefined, {
      frameLoader: () => import('./SumsubFrame'),
      props: { onError, sumsub: { baseUrl } },
    });
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
    setup(undefined, { frameLoader: () => Promise.reject(new Error('Failed to fetch the chunk')), props: { onError } });

    expect(await screen.findByText('The liveness check could not be started.')).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[1]).toEqual({ during: 'liveness', endpoint: undefined });
    consoleError.mockRestore();
  });
});
