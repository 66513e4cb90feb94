import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKycClient } from '../../core/client';
import { LIVENESS_TOKEN_KEY } from '../../core/schemas';
import { frame, installIntersectionObserver, livenessFieldSetup, start } from '../../../test/support/livenessField';
import { API_BASE_URL, setupSandboxServer } from '../../../test/support/sandboxServer';

const { sandbox } = setupSandboxServer();
const setup = livenessFieldSetup(sandbox);

afterEach(() => {
  vi.unstubAllGlobals();
});

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
