/**
 * Mounts the sandbox engine on node:http, for browser tests, demos and local development against
 * the widget: the SumSub WebSDK stand-in pages under `/websdk/`, CORS for local origins, and every
 * other request handed to `sandbox.handle` as a Fetch `Request`.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// The engine modules, not '../index': that also exports the MSW mount, and msw must not be needed here.
import { createSandbox } from '../engine/createSandbox';
import type { FaultConfig, Sandbox } from '../engine/types';
import { handleStandInRequest } from '../websdk/handleStandInRequest';
import { corsHeaders, preflightResponse } from './cors';
import { requestOrigin, toFetchRequest, writeFetchResponse } from './nodeFetchBridge';

export interface StartSandboxServerOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number | undefined;
  /** Interface to listen on; defaults to `127.0.0.1` so nothing outside this machine can reach it. */
  host?: string | undefined;
  /** The engine to serve; a new `createSandbox()` when omitted. */
  sandbox?: Sandbox | undefined;
  /** Fault rules applied to the engine at start (see `Sandbox.setFaults`). */
  faults?: FaultConfig | undefined;
}

export interface SandboxServer {
  /**
   * The server's origin, e.g. `http://127.0.0.1:4010`, with no trailing slash: pass it as the
   * widget's API base and as the SumSub SDK `baseUrl` (which must be a bare origin).
   */
  url: string;
  port: number;
  sandbox: Sandbox;
  /** Stops listening and cuts open connections; safe to call twice. */
  close(): Promise<void>;
}

function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

function internalError(): Response {
  return Response.json({ detail: 'The sandbox failed to handle this request.' }, { status: 500 });
}

async function route(sandbox: Sandbox, request: Request): Promise<Response> {
  if (request.method === 'OPTIONS') return preflightResponse(request);
  const standIn = handleStandInRequest(request);
  if (standIn) return standIn;
  try {
    return await sandbox.handle(request);
  } catch (error) {
    if (request.signal.aborted) return Response.error();
    console.error('[sandbox] unhandled error:', error instanceof Error ? error.message : String(error));
    return internalError();
  }
}

/**
 * Starts the sandbox HTTP server.
 *
 * @example
 * const server = await startSandboxServer({ port: 0 });
 * const { client_uuid } = await (await fetch(`${server.url}/__sandbox/scenarios/draft`, { method: 'POST' })).json();
 * await server.close();
 */
export async function startSandboxServer(options: StartSandboxServerOptions = {}): Promise<SandboxServer> {
  const host = options.host ?? '127.0.0.1';
  const sandbox = options.sandbox ?? createSandbox();
  if (options.faults) sandbox.setFaults(options.faults);
  let fallbackOrigin = '';

  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    const abort = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    let request: Request;
    try {
      request = toFetchRequest(req, requestOrigin(req, fallbackOrigin), abort.signal);
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }
    const cors = request.method === 'OPTIONS' ? undefined : corsHeaders(request.headers.get('origin'));
    void route(sandbox, request)
      .then((response) => writeFetchResponse(res, response, cors))
      .catch(() => {
        res.socket?.destroy();
        res.destroy();
      });
  };

  const server = createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${urlHost(host)}:${port}`;
  fallbackOrigin = url;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  };

  return { url, port, sandbox, close };
}
