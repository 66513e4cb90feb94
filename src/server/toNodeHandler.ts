/**
 * The proxy on `node:http` and Express (or any framework with Node's request and response): the Node
 * request becomes a Fetch `Request` (body streamed), the answer is written back. Typed structurally, so
 * it imports nothing from Node and the entry still runs on edge runtimes.
 */
import type { KycProxyHandler } from './createKycProxy';
import { notFound, proxyFailure } from './responses';
import { isCleanPath } from './routes';

/** What the adapter reads of a Node request (`http.IncomingMessage`, Express's `req`). */
export interface NodeRequestLike extends AsyncIterable<unknown> {
  method?: string | undefined;
  url?: string | undefined;
  /** The full path when a framework strips a mount path from `url` (Express, connect). */
  originalUrl?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** Read for `encrypted` (a TLS socket), which makes the request's origin https. */
  socket?: unknown;
}

/** What the adapter uses of a Node response (`http.ServerResponse`, Express's `res`). */
export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(chunk?: Uint8Array): unknown;
  on(event: 'close', listener: () => void): unknown;
  writableFinished?: boolean | undefined;
}

/** Host header values that may go into a URL: a host name or IP and an optional port. */
const SAFE_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
/** Headers about the Node connection, not the request. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'te', 'trailer', 'upgrade']);

/**
 * Wraps the proxy for `http.createServer` or Express. Mount it before any body parser (it reads the raw
 * body). A path with `..`, `.`, `//`, a backslash or percent-encoding is answered 404 here, before Node's
 * URL parsing could turn it into another path.
 *
 * @example
 * app.use('/kyc', toNodeHandler(kyc));                 // Express, basePath '/kyc'
 * http.createServer(toNodeHandler(kyc)).listen(3000);  // node:http
 */
export function toNodeHandler(
  handler: KycProxyHandler,
): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
  return async (req, res) => {
    let response: Response;
    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    try {
      const target = req.originalUrl ?? req.url ?? '/';
      const rawPath = target.split('?')[0] ?? '';
      response = isCleanPath(rawPath) ? await handler(toRequest(req, target, abort.signal)) : notFound();
    } catch {
      response = proxyFailure();
    }
    res.statusCode = response.status;
    response.headers.forEach((value, name) => res.setHeader(name, value));
    const bytes = new Uint8Array(await response.arrayBuffer().catch(() => new ArrayBuffer(0)));
    res.end(bytes.byteLength > 0 ? bytes : undefined);
  };
}

function toRequest(req: NodeRequestLike, target: string, signal: AbortSignal): Request {
  const host =
    typeof req.headers.host === 'string' && SAFE_HOST.test(req.headers.host) ? req.headers.host : 'localhost';
  const encrypted = (req.socket as { encrypted?: unknown } | null | undefined)?.encrypted === true;
  const origin = `${encrypted ? 'https' : 'http'}://${host}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':') || HOP_BY_HOP.has(name.toLowerCase())) continue;
    for (const one of Array.isArray(value) ? value : [value]) {
      try {
        headers.append(name, one);
      } catch {
        // A value Fetch refuses (not Latin-1): the proxy forwards no browser header but a few anyway.
      }
    }
  }
  const method = (req.method ?? 'GET').toUpperCase();
  // `duplex` is needed by Node for a streamed body and missing from the DOM RequestInit type.
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal };
  if (method !== 'GET' && method !== 'HEAD') {
    init.body = streamOf(req);
    init.duplex = 'half';
  }
  return new Request(new URL(target, origin), init);
}

/** The request body as a web stream, pulled chunk by chunk (back-pressure preserved). */
function streamOf(source: AsyncIterable<unknown>): ReadableStream<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else if (typeof value === 'string') controller.enqueue(encoder.encode(value));
      else if (value instanceof Uint8Array) controller.enqueue(value);
      else controller.error(new TypeError('Unexpected request body chunk.'));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
