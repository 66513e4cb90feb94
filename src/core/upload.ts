/**
 * Upload transport: a `fetch`-shaped function over XMLHttpRequest, because fetch cannot report
 * upload progress. Where XMLHttpRequest does not exist (Node) or the partner supplied their own
 * `fetch`, uploads go through that fetch and progress is reported at the start and the end only.
 */

export interface UploadProgress {
  /** Bytes sent so far. */
  loaded: number;
  /** Bytes to send in all (the multipart body), 0 when unknown. */
  total: number;
}

export type UploadProgressHandler = (progress: UploadProgress) => void;

export function canReportUploadProgress(): boolean {
  return typeof XMLHttpRequest !== 'undefined';
}

/** A fetch that sends with XMLHttpRequest and reports upload progress. */
export function createProgressFetch(onProgress: UploadProgressHandler): typeof fetch {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      const signal = init.signal;
      if (signal?.aborted) return reject(signal.reason);
      xhr.open(init.method ?? 'GET', String(input instanceof Request ? input.url : input));
      new Headers(init.headers).forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.withCredentials = init.credentials === 'include';
      xhr.upload.onprogress = (event) =>
        onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0 });
      xhr.onload = () => {
        const status = xhr.status;
        if (status < 200 || status > 599) return reject(new TypeError('Network request failed'));
        resolve(
          new Response(status === 204 ? null : xhr.responseText, {
            status,
            headers: parseHeaders(xhr.getAllResponseHeaders()),
          }),
        );
      };
      xhr.onerror = () => reject(new TypeError('Network request failed'));
      xhr.ontimeout = () => reject(new TypeError('Network request timed out'));
      const onAbort = () => xhr.abort();
      signal?.addEventListener('abort', onAbort, { once: true });
      xhr.onabort = () => reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
      xhr.onloadend = () => signal?.removeEventListener('abort', onAbort);
      xhr.send(init.body as XMLHttpRequestBodyInit | null | undefined);
    });
}

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const index = line.indexOf(':');
    if (index > 0) headers.append(line.slice(0, index).trim(), line.slice(index + 1).trim());
  }
  return headers;
}
