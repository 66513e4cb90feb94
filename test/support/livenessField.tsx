/**
 * Test support for the embedded liveness field (`LivenessTokenField`) in jsdom: a stand-in for the
 * lazily loaded SumSub frame that records what it got and plays the frame's part, a harness that takes the
 * question from the seeded application as the flow does, and an IntersectionObserver the test drives.
 */
import { useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { vi } from 'vitest';
import { LIVENESS_TOKEN_KEY } from '../../src/core/schemas';
import { useKyc, type KycProviderProps } from '../../src/react/context/KycContext';
import { LivenessTokenField, type LivenessTokenFieldProps } from '../../src/react/fields/LivenessTokenField';
import type { SumsubFrameProps } from '../../src/react/fields/SumsubFrame';

/** Loads the frame component (the SDK's module, or the stand-in below). */
type SumsubFrameLoader = NonNullable<LivenessTokenFieldProps['loadFrame']>;
import { applicationQuery } from '../../src/react/queries';
import type { Sandbox } from '../../src/sandbox';
import { renderWithKyc } from './renderWithKyc';

/**
 * Stands in for the lazily loaded SumSub frame in jsdom (the real SDK is covered by SumsubFrame.test and
 * the browser tests). It records what it was mounted with and lets the test play the frame's part.
 */
export const frame: { mounts: string[]; props: SumsubFrameProps | null; renewed: string[] } = {
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

/** `setup(ids?, options?)` for one test file's sandbox: renders the field from a seeded application. */
export function livenessFieldSetup(sandbox: Sandbox) {
  return function setup(
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
    const view = renderWithKyc(
      <Harness applicationUuid={applicationUuid} loadFrame={loadFrame} scheme={scheme} />,
      ids,
      {
        fetch: recordingFetch,
        ...props,
      },
    );
    return { ...view, loadFrame, tokenRequests, applicationUuid, user: userEvent.setup() };
  };
}

/** An IntersectionObserver the test drives: `show()` reports every observed element on screen. */
export function installIntersectionObserver() {
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

/** The customer's Start: the one primary action of the screen. */
export async function start(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Start' }));
}
