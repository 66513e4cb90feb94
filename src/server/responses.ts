/** The answers the proxy gives by itself, in the API's own DRF shapes so the widget reads them like the provider's. */

/** Headers on every answer: private data, never cached, never sniffed. */
export function baseHeaders(contentType = 'application/json'): Headers {
  return new Headers({
    'content-type': contentType,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
}

function jsonResponse(status: number, body: unknown, extra?: Record<string, string>): Response {
  const headers = baseHeaders();
  for (const [name, value] of Object.entries(extra ?? {})) headers.set(name, value);
  return new Response(JSON.stringify(body), { status, headers });
}

/** `{"detail": message}` with any status. */
function detail(status: number, message: string, extra?: Record<string, string>): Response {
  return jsonResponse(status, { detail: message }, extra);
}

export const notFound = (): Response => detail(404, 'Not found.');

export const methodNotAllowed = (method: string, allow: string[]): Response =>
  detail(405, `Method "${method}" not allowed.`, { allow: allow.join(', ') });

export const unauthenticated = (): Response => detail(401, 'Authentication credentials were not provided.');

export const tooLarge = (limit: number): Response =>
  detail(413, `The request body is larger than the ${limit} bytes this route accepts.`);

export const unsupportedType = (expected: string): Response => detail(415, `The request body must be ${expected}.`);

/** 400 `{"field": [message]}`. */
export const fieldError = (field: string, message: string): Response => jsonResponse(400, { [field]: [message] });

export const upstreamTimeout = (): Response => detail(504, 'The KYC service did not answer in time.');

export const upstreamUnreachable = (): Response => detail(502, 'The KYC service could not be reached.');

export const proxyFailure = (): Response => detail(500, 'The KYC proxy could not handle this request.');

/** 403 for a hand-off token on a route outside the document and liveness steps. */
export const handoffForbidden = (): Response =>
  jsonResponse(403, {
    detail: 'A hand-off link only continues the document and liveness steps.',
    code: 'handoff_forbidden',
  });

/** 401 for a hand-off token that is not valid or has expired (`code` tells the widget which). */
export const handoffRefused = (reason: 'invalid' | 'expired'): Response =>
  reason === 'expired'
    ? jsonResponse(401, { detail: 'This hand-off link has expired.', code: 'handoff_expired' })
    : jsonResponse(401, { detail: 'This hand-off link is not valid.', code: 'handoff_invalid' });

/** 201 with a freshly minted hand-off token. */
export const handoffMinted = (body: { token: string; expires_at: string; url?: string | undefined }): Response =>
  jsonResponse(201, body);
