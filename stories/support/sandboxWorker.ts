/**
 * One sandbox engine per Storybook tab, mounted in MSW's service worker. The widget's API lives under
 * `${origin}/kyc`; the SumSub stand-in page (served at `/websdk/` by the Vite middleware in
 * `.storybook/main.ts`) calls `/__sandbox/liveness/…` at the root of the same origin, so the root
 * `/__sandbox/*` is mounted too. The stand-in frame is a same-origin iframe in the worker's scope:
 * the worker hands its fetches to this tab's handlers, so the frame and the widget share one engine.
 */
import { setupWorker } from 'msw/browser';
import { createSandbox } from '../../src/sandbox';
import { createSandboxHandlers } from '../../src/sandbox/msw';

export const sandbox = createSandbox({ seed: 20_26 });

/** Where stories point `apiBaseUrl`. */
export const API_BASE_URL = `${globalThis.location.origin}/kyc`;
/** Where stories point `sumsub.baseUrl`: a bare origin, as the SumSub SDK requires. */
export const SUMSUB_BASE_URL = globalThis.location.origin;

let started: Promise<unknown> | undefined;

/** Starts the worker once per tab; later calls wait for the same start. */
export function startSandboxWorker(): Promise<unknown> {
  started ??= setupWorker(
    ...createSandboxHandlers(sandbox, { baseUrl: API_BASE_URL }),
    ...createSandboxHandlers(sandbox, { baseUrl: SUMSUB_BASE_URL }),
  ).start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
  return started;
}
