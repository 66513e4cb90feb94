/**
 * Test support: the in-browser sandbox (MSW in Node) for component and integration tests.
 * Each test file gets its own sandbox engine; tests seed the scenario they need.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox';
import { createSandboxHandlers } from '../../src/sandbox/msw';

export const API_BASE_URL = 'https://partner.example/kyc';

export function setupSandboxServer(options: SandboxOptions = {}): { sandbox: Sandbox } {
  const sandbox = createSandbox({ seed: 7, ...options });
  const server = setupServer(...createSandboxHandlers(sandbox, { baseUrl: API_BASE_URL }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    sandbox.setFaults(undefined);
  });
  afterAll(() => server.close());
  return { sandbox };
}
