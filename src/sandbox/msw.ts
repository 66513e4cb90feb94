/**
 * Mount of the sandbox engine in MSW (Storybook, unit tests): every request under `${baseUrl}/v1/` and
 * `${baseUrl}/__sandbox/` goes to `sandbox.handle`.
 *
 * @example
 * const sandbox = createSandbox({ seed: 1 });
 * const server = setupServer(...createSandboxHandlers(sandbox, { baseUrl: 'https://partner.example/kyc' }));
 */
import type { HttpHandler } from 'msw';
import type { Sandbox } from './engine/types';
import { http, HttpResponse } from 'msw';

export interface SandboxHandlersOptions {
  /** Where the widget's API lives, without the `/v1` part: an absolute URL or a path such as `/kyc`. */
  baseUrl: string;
}

export function createSandboxHandlers(sandbox: Sandbox, options: SandboxHandlersOptions): HttpHandler[] {
  const base = options.baseUrl.replace(/\/+$/, '');
  const forward = async ({ request }: { request: Request }): Promise<Response> => {
    const response = await sandbox.handle(request);
    // A dropped connection: MSW turns this into a network error for the caller.
    return response.type === 'error' ? HttpResponse.error() : response;
  };
  return [http.all(`${base}/v1/*`, forward), http.all(`${base}/__sandbox/*`, forward)];
}
