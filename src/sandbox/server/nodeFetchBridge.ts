/**
 * The two conversions between node:http and the Fetch types the sandbox is written against:
 * an `IncomingMessage` becomes a `Request` (body streamed, never buffered), and a `Response` is
 * written back to a `ServerResponse` (status, headers, streamed body). `Response.error()` means
 * "drop the connection", which is what a client sees when a real server dies mid-request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/** Connection-level headers that describe the node:http hop, not the request. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'http2-settings',
]);

/** Host header values we are willing to put into a URL: a host name or IP, an optional port. */
const SAFE_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin a request was addressed to: its Host header when that is a plain host[:port]
 * (so links the sandbox builds point where the browser already is), else the server's own URL.
 */
export function requestOrigin(req: IncomingMessage, fallbackOrigin: string): string {
  const host = req.headers.host;
  return host && SAFE_HOST.test(host) ? `http://${host}` : fallbackOrigin;
}

function requestPath(rawUrl: string | undefined): string {
  const url = rawUrl ?? '/';
  if (url.startsWith('/')) return url;
  try {
    // Absolute-form request target (as sent to proxies): keep only path and query.
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return `/${url}`;
  }
}

/** Converts a node:http request into a Fetch `Request`; the body is streamed with `duplex: 'half'`. */
export function toFetchRequest(req: IncomingMessage, origin: string, signal?: AbortSignal): Request {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i];
    const value = req.rawHeaders[i + 1];
    if (name === undefined || value === undefined || HOP_BY_HOP.has(name.toLowerCase())) continue;
    try {
      headers.append(name, value);
    } catch {
      // A header value Fetch refuses (e.g. non-Latin-1): drop it rather than fail the request.
    }
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // `duplex` is required by Node for a streamed body but is missing from the DOM RequestInit type.
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (signal) init.signal = signal;
  if (hasBody) {
    init.body = Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>;
    init.duplex = 'half';
  }
  return new Request(new URL(requestPath(req.url), origin), init);
}

function waitForDrainOrClose(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Writes a Fetch `Response` to a node:http response, streaming the body with back-pressure.
 * `Response.error()` (type `error`) destroys the socket: the client sees a dropped connection.
 * `extraHeaders` (CORS) are set on top of the response's own headers.
 */
export async function writeFetchResponse(
  res: ServerResponse,
  response: Response,
  extraHeaders?: Headers,
): Promise<void> {
  if (response.type === 'error') {
    res.socket?.destroy();
    res.destroy();
    return;
  }
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie') continue;
    res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  extraHeaders?.forEach((value, name) => {
    if (name === 'vary') {
      const previous = res.getHeader('vary');
      res.setHeader('vary', previous ? `${String(previous)}, ${value}` : value);
    } else {
      res.setHeader(name, value);
    }
  });

  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  const cancel = (): void => {
    reader.cancel().catch(() => undefined);
  };
  res.once('close', cancel);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || res.destroyed) break;
      if (!res.write(value)) await waitForDrainOrClose(res);
    }
    if (!res.destroyed) res.end();
  } catch {
    // The body stream failed half-way: the only honest signal left is a cut connection.
    res.socket?.destroy();
    res.destroy();
  } finally {
    res.off('close', cancel);
  }
}
