/**
 * What kind of failure the customer is told about: one kind per thing they can understand and act on
 * (offline, session expired, not allowed …). The widget maps each kind to one sentence in its locale;
 * the technical detail (route, status, server text) stays on the error for `onError` and events.
 */
import { KycTransportError, isKycError } from './errors';

export type FailureKind =
  /** No answer at all: the connection is down or was dropped. */
  | 'offline'
  /** No answer in time. */
  | 'timeout'
  /** 401 even after fresh headers: the partner's session has expired. */
  | 'session_expired'
  /** 403: the signed-in user may not do this. */
  | 'forbidden'
  /** 404: the application (or what was asked for) no longer exists. */
  | 'not_found'
  /** 409: the application changed in the meantime (another tab, a reviewer). */
  | 'conflict'
  /** 413: a file (or the request) is too large for the server. */
  | 'too_large'
  /** 429: too many requests; `retryAfterSeconds` says how long to wait when the server said. */
  | 'rate_limited'
  /** 5xx: the service is in trouble; trying again later may work. */
  | 'server'
  /** An answer that is not JSON or not the shape of the contract. */
  | 'invalid_response'
  /** 400: the server did not accept what was sent. */
  | 'refused'
  /** Anything else, including a partner `getHeaders` that failed. */
  | 'unknown';

export interface Failure {
  kind: FailureKind;
  /** For `rate_limited`: whole seconds to wait, when the server said (`Retry-After`). */
  retryAfterSeconds?: number | undefined;
}

/** The kind of failure an error is, for the sentence the customer reads. */
export function failureKind(error: unknown): FailureKind {
  if (!isKycError(error)) return 'unknown';
  switch (error.status) {
    case 401:
      return 'session_expired';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'too_large';
    case 429:
      return 'rate_limited';
  }
  if (error instanceof KycTransportError) {
    if (error.reason === 'network') return 'offline';
    if (error.reason === 'timeout') return 'timeout';
    if (error.reason === 'server') return 'server';
    if (error.reason === 'unreadable' || error.reason === 'invalid_response') return 'invalid_response';
    return 'unknown';
  }
  if (error.kind === 'conflict') return 'conflict';
  if (error.kind === 'not_found') return 'not_found';
  if (error.kind === 'validation' || error.kind === 'signature_required') return 'refused';
  return 'unknown';
}

/** The failure with what the customer needs to act on it (the wait of a 429). */
export function failureOf(error: unknown): Failure {
  const kind = failureKind(error);
  if (kind !== 'rate_limited' || !(error instanceof KycTransportError) || error.retryAfterMs === undefined) {
    return { kind };
  }
  return { kind, retryAfterSeconds: Math.max(1, Math.ceil(error.retryAfterMs / 1000)) };
}
