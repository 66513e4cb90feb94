/**
 * `react-kyc-flow/sandbox/msw`: mount of the sandbox engine in msw 2 or 3 (Storybook, unit tests, the
 * service worker). The one entry that imports msw (an optional peer).
 */
import type { HttpHandler } from 'msw';
import type { Sandbox } from './engine/types';
import { http, HttpResponse } from 'msw';

/** Where `createSandboxHandlers` mounts the sandbox. */
export interface SandboxHandlersOptions {
  /** Where the widget's API lives, without the `/v1` part: an absolute URL or a path such as `/kyc`. */
  baseUrl: string;
}

/**
 * msw handlers that answer every request under `${baseUrl}/v1/` and `${baseUrl}/__sandbox/` from the
 * sandbox engine, for `setupServer` (Node tests) or `setupWorker` (the browser, Storybook).
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createSandbox } from 'react-kyc-flow/sandbox';
 * import { createSandboxHandlers } from 'react-kyc-flow/sandbox/msw';
 *
 * const sandbox = createSandbox({ seed: 1 });
 * const server = setupServer(...createSandboxHandlers(sandbox, { baseUrl: 'https://partner.example/kyc' }));
 */
export function createSandboxHandlers(sandbox: Sandbox, options: SandboxHandlersOptions): HttpHandler[] {
  const base = options.baseUrl.replace(/\/+$/, '');
  const forward = async ({ request }: { request: Request }): Promise<Response> => {
    const response = await sandbox.handle(request);
    // A dropped connection: MSW turns this into a network error for the caller.
    return response.type === 'error' ? HttpResponse.error() : response;
  };
  return [http.all(`${base}/v1/*`, forward), http.all(`${base}/__sandbox/*`, forward)];
}
