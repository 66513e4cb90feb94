/**
 * Reading a browser's request body with a ceiling: a declared `Content-Length` over the limit is refused
 * before a byte is read, and a streamed body is cut off as soon as it passes the limit (413 either way).
 * The rest is left unread rather than cancelled (the runtime discards it; node:http drains it after the
 * answer), since cancelling a body some runtimes still feed throws inside them.
 */
import type { BodyKind } from './routes';
import { fieldError, tooLarge, unsupportedType } from './responses';

type BodyRead<T> = { ok: true; value: T } | { ok: false; response: Response };

/** The body's bytes (undefined when empty), or a 413. */
async function readBounded(request: Request, limit: number): Promise<BodyRead<Uint8Array | undefined>> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return { ok: false, response: tooLarge(limit) };
  if (!request.body) return { ok: true, value: undefined };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      reader.releaseLock();
      return { ok: false, response: tooLarge(limit) };
    }
    chunks.push(value);
  }
  if (total === 0) return { ok: true, value: undefined };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, value: bytes };
}

/** What a route's body becomes upstream: a JSON object, raw multipart bytes, or nothing. */
export type ForwardBody =
  | { kind: 'none' }
  | { kind: 'json'; value: Record<string, unknown> }
  | { kind: 'multipart'; bytes: Uint8Array; contentType: string };

interface BodyLimits {
  maxJsonBytes: number;
  maxUploadBytes: number;
}

/** Reads and checks the body a route takes: JSON must be an object sent as JSON, an upload multipart. */
export async function readRouteBody(
  request: Request,
  kind: BodyKind,
  limits: BodyLimits,
): Promise<BodyRead<ForwardBody>> {
  if (kind === 'none') return { ok: true, value: { kind: 'none' } };
  const contentType = request.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const read = await readBounded(request, kind === 'json' ? limits.maxJsonBytes : limits.maxUploadBytes);
  if (!read.ok) return read;
  const bytes = read.value;
  if (kind === 'multipart') {
    if (mediaType !== 'multipart/form-data') return { ok: false, response: unsupportedType('multipart/form-data') };
    if (!bytes) return { ok: false, response: fieldError('files', 'No file was submitted.') };
    return { ok: true, value: { kind: 'multipart', bytes, contentType } };
  }
  if (!bytes) return { ok: true, value: { kind: 'none' } };
  // Only JSON is accepted: a cross-site form (text/plain, urlencoded) cannot send it without a CORS preflight.
  if (mediaType !== 'application/json' && !mediaType.endsWith('+json')) {
    return { ok: false, response: unsupportedType('JSON (Content-Type: application/json)') };
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, response: fieldError('non_field_errors', 'JSON parse error.') };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, response: fieldError('non_field_errors', 'Expected a JSON object.') };
  }
  return { ok: true, value: { kind: 'json', value: value as Record<string, unknown> } };
}
