/**
 * Typed errors of the KYC API client. Every failure of a call is one of these (or the caller's own
 * abort reason), so the UI can say what happened and what to do without inspecting raw responses.
 */
import type { SignProvider } from './schemas';

export type KycErrorKind =
  'validation' | 'signature_required' | 'unauthorized' | 'not_found' | 'conflict' | 'transport';

export type TransportReason =
  /** The request never got an answer: offline, DNS, a dropped connection, CORS. */
  | 'network'
  /** No answer within the client's timeout. */
  | 'timeout'
  /** The server answered 5xx (or another status the contract does not describe). */
  | 'server'
  /** The server answered 429 Too Many Requests (`retryAfterMs` says how long it asked to wait). */
  | 'rate_limited'
  /** The partner's `getHeaders` rejected, or did not resolve within the timeout: nothing was sent. */
  | 'headers'
  /** The body is not JSON (an HTML error page, a truncated body). */
  | 'unreadable'
  /** The body is JSON but not the shape the contract describes. */
  | 'invalid_response';

export abstract class KycError extends Error {
  abstract readonly kind: KycErrorKind;
  /** HTTP status when the server answered, otherwise undefined. */
  readonly status: number | undefined;
  /** The endpoint that failed, as `METHOD /path/` without query (no personal data). */
  readonly endpoint: string;

  constructor(message: string, endpoint: string, status?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.endpoint = endpoint;
    this.status = status;
  }

  /** Whether retrying the same request later may succeed. */
  get transient(): boolean {
    return false;
  }
}

/** A 400 with field errors, attribute errors (`attribute_changes`) or `non_field_errors`. */
export class KycValidationError extends KycError {
  readonly kind = 'validation';
  constructor(
    endpoint: string,
    status: number,
    /** Messages keyed by body or query field, e.g. `{ kyc_level_uuid: ["…"] }`. */
    readonly fieldErrors: Record<string, string[]>,
    /** Messages keyed by attribute key, from `attribute_changes` errors. */
    readonly attributeErrors: Record<string, string[]>,
    /** Messages not tied to a field. */
    readonly nonFieldErrors: string[],
  ) {
    super(
      firstMessage(fieldErrors, attributeErrors, nonFieldErrors) ?? 'The request was not accepted.',
      endpoint,
      status,
    );
  }
}

/** A 400 keyed `sms_sign_code` / `email_sign_code`: a signature code is missing or wrong. */
export class KycSignatureRequiredError extends KycError {
  readonly kind = 'signature_required';
  constructor(
    endpoint: string,
    status: number,
    /** The providers whose code is needed. */
    readonly providers: SignProvider[],
    /** `invalid` when a code was sent for one of those providers and refused; `missing` otherwise. */
    readonly reason: 'missing' | 'invalid',
    /** The server's messages keyed by provider. */
    readonly messages: Partial<Record<SignProvider, string[]>>,
  ) {
    super(
      reason === 'invalid' ? 'The signature code is not valid.' : 'A signature code is required.',
      endpoint,
      status,
    );
  }
}

/**
 * 401 or 403: the partner's authentication was refused. A 401 means the session expired (the client
 * already asked `getHeaders` for fresh headers and replayed the call once); a 403 means the signed-in
 * user may not do this. `status` tells them apart.
 */
export class KycUnauthorizedError extends KycError {
  readonly kind = 'unauthorized';

  /** True for a 401: the partner's session has expired (see `session_expired`). */
  get sessionExpired(): boolean {
    return this.status === 401;
  }
}

/** 404: the application, attribute or document does not exist (for this client). */
export class KycNotFoundError extends KycError {
  readonly kind = 'not_found';
}

/** 409, or a 400 refusing an action the application's status does not allow. */
export class KycConflictError extends KycError {
  readonly kind = 'conflict';
}

/** The request did not produce a usable answer. */
export class KycTransportError extends KycError {
  readonly kind = 'transport';
  /** How long the server asked to wait (`Retry-After` of a 429 or 503), in ms, when it said. */
  readonly retryAfterMs: number | undefined;
  constructor(
    readonly reason: TransportReason,
    message: string,
    endpoint: string,
    status?: number,
    options?: { cause?: unknown; retryAfterMs?: number | undefined },
  ) {
    super(message, endpoint, status, options);
    this.retryAfterMs = options?.retryAfterMs;
  }

  override get transient(): boolean {
    return ['network', 'timeout', 'server', 'rate_limited'].includes(this.reason);
  }

  /**
   * True when the request may have reached the server and been handled although no usable answer came
   * back (a timeout, a dropped connection, a gateway error, an unreadable body): before repeating a
   * call that is not idempotent, read the server to learn whether it happened.
   */
  get outcomeUnknown(): boolean {
    return this.reason !== 'headers' && this.reason !== 'rate_limited';
  }
}

export function isKycError(error: unknown): error is KycError {
  return error instanceof KycError;
}

/** True for errors worth retrying automatically (network, timeout, 5xx, 429). */
export function isTransientError(error: unknown): boolean {
  return error instanceof KycError && error.transient;
}

function firstMessage(...groups: (Record<string, string[]> | string[])[]): string | undefined {
  for (const group of groups) {
    const lists = Array.isArray(group) ? [group] : Object.values(group);
    for (const list of lists) if (list[0]) return list[0];
  }
  return undefined;
}
