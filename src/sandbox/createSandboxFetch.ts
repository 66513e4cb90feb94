/**
 * Mount of the sandbox engine as a `fetch` function, without msw: pass it to the widget (`fetch` prop of
 * `<KycFlow>` / `<KycProvider>`, or `createKycClient`) and every call under `${baseUrl}/v1/` and
 * `${baseUrl}/__sandbox/` is answered in memory, in the browser or in Node. Other URLs go to the real
 * `fetch` (or the one in `options.fetch`).
 *
 * It behaves like a network `fetch` where the widget can tell: a dropped connection (fault injection)
 * rejects with a `TypeError`, and an aborted signal rejects with the signal's reason. The SumSub WebSDK
 * stand-in is a page in its own frame, which this function cannot serve: a liveness question needs the
 * HTTP sandbox (`react-kyc-flow/sandbox/server`) or the msw mount (`react-kyc-flow/sandbox/msw`).
 *
 * @example
 * const sandbox = createSandbox({ seed: 1 });
 * const { legalEntityUuid, clientUuid } = sandbox.seed('new');
 * const fetch = createSandboxFetch(sandbox, { baseUrl: 'https://partner.example/kyc' });
 * <KycFlow apiBaseUrl="https://partner.example/kyc" fetch={fetch} legalEntityUuid={legalEntityUuid} clientUuid={clientUuid} />
 */
import type { Sandbox } from './engine/types';

export interface SandboxFetchOptions {
  /** Where the widget's API lives, without the `/v1` part: an absolute URL or a path such as `/kyc`. */
  baseUrl: string;
  /** Where requests outside the sandbox go. Default: the global `fetch` at the time of the call. */
  fetch?: typeof fetch | undefined;
}

export function createSandboxFetch(sandbox: Sandbox, options: SandboxFetchOptions): typeof fetch {
  const base = new URL(options.baseUrl.replace(/\/*$/, '/'), pageUrl());
  const prefixes = ['v1/', '__sandbox/'].map((part) => new URL(part, base).href);
  const served = (url: string) => prefixes.some((prefix) => url.startsWith(prefix));

  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), pageUrl()).href;
    if (!served(url)) return (options.fetch ?? globalThis.fetch)(input, init);
    // The signal is watched here rather than handed to Request: a DOM test environment's AbortSignal is
    // not the one Node's Request accepts.
    const { signal, ...rest } = init ?? {};
    const request = input instanceof Request ? new Request(input, rest) : new Request(url, rest);
    const response = await untilAborted(sandbox.handle(request), signal ?? request.signal);
    // A dropped connection (fault injection): what a browser's fetch does when the network fails.
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}

/** Relative URLs resolve against the page, as a browser's fetch does (Node has no page: an unused base). */
function pageUrl(): string {
  return typeof location === 'undefined' ? 'http://localhost/' : location.href;
}

function untilAborted<T>(answer: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return answer;
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', abort, { once: true });
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
