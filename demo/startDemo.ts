/**
 * Starts the demo: the sandbox's HTTP server (the provider's API) and the partner's app (Vite dev server
 * on demo/) with its backend (demo/partnerBackend.ts: the session cookie and the KYC proxy at `/kyc`).
 * Used by `npm run demo` and by the test that drives the demo in Chromium.
 */
import type { AddressInfo } from 'node:net';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import { startSandboxServer, type SandboxServer } from '../src/sandbox/server';
import { createPartnerBackend } from './partnerBackend';

export interface DemoOptions {
  /** The sandbox's port; 0 picks a free one. */
  sandboxPort: number;
  /** The partner app's port; 0 picks a free one. */
  demoPort: number;
  /** Reload the page when a source file changes (default true; tests turn it off). */
  watch?: boolean | undefined;
  /** Test-only: the proxy's hand-off secret, so a test can sign a token of its own (an expired one). */
  handoffSecret?: string | undefined;
}

export interface Demo {
  sandbox: SandboxServer;
  /** The partner app's origin, e.g. `http://127.0.0.1:5173`. */
  origin: string;
  /** The page to open: the partner app, told where the sandbox is (for the SumSub stand-in and the reviewer). */
  pageUrl: string;
  close(): Promise<void>;
}

export async function startDemo(options: DemoOptions): Promise<Demo> {
  const sandbox = await startSandboxServer({ port: options.sandboxPort, host: '127.0.0.1' });
  const backend = createPartnerBackend(sandbox, { handoffSecret: options.handoffSecret });
  const partnerBackend: Plugin = {
    name: 'demo-partner-backend',
    configureServer(server) {
      server.middlewares.use(backend);
    },
  };
  const vite = await createServer({
    configFile: false,
    root: new URL('.', import.meta.url).pathname,
    plugins: [react(), partnerBackend],
    server: {
      port: options.demoPort,
      host: '127.0.0.1',
      strictPort: options.demoPort !== 0,
      ...(options.watch === false ? { watch: null, hmr: false } : {}),
    },
    logLevel: 'warn',
  });
  await vite.listen();
  const { port } = vite.httpServer?.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    sandbox,
    origin,
    pageUrl: `${origin}/?api=${encodeURIComponent(sandbox.url)}`,
    close: async () => {
      await vite.close();
      await sandbox.close();
    },
  };
}
