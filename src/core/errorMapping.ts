/**
 * Turns a non-2xx answer into the matching typed error, following the DRF shapes of the contract:
 * `400 {"field": ["…"]}`, `400 {"attribute_changes": [{"key", "errors"}]}`, `400 {"non_field_errors": […]}`,
 * a sign-code field for a missing or wrong signature, and `{"detail": "…"}` for 401/403/404/409.
 * A 429 or 503 keeps the wait its `Retry-After` asks for.
 */
import {
  KycConflictError,
  KycNotFoundError,
  KycSignatureRequiredError,
  KycTransportError,
  KycUnauthorizedError,
  KycValidationError,
  type KycError,
} from './errors';
import { parseRetryAfter } from './retryAfter';
import type { SignProvider } from './schemas';

const SIGN_CODE_FIELDS: Record<string, SignProvider> = { sms_sign_code: 'sms', email_sign_code: 'email' };

export function toKycError(
  status: number,
  text: string,
  endpoint: string,
  sentSignProviders: readonly string[],
  /** The answer's `Retry-After` header, if any. */
  retryAfter?: string | null,
): KycError {
  const body = parseJson(text);
  const detail = isRecord(body) && typeof body.detail === 'string' ? body.detail : undefined;

  if (status === 401 || status === 403) {
    return new KycUnauthorizedError(detail ?? 'The request was not authorised.', endpoint, status);
  }
  if (status === 404) return new KycNotFoundError(detail ?? 'Not found.', endpoint, status);
  if (status === 409)
    return new KycConflictError(detail ?? 'The request conflicts with the current state.', endpoint, status);
  if (status === 429) {
    return new KycTransportError(
      'rate_limited',
      `The server refused ${endpoint}: too many requests.`,
      endpoint,
      status,
      {
        retryAfterMs: parseRetryAfter(retryAfter),
      },
    );
  }
  if (status === 408 || status >= 500) {
    return new KycTransportError(
      'server',
      `The server failed to answer ${endpoint} (HTTP ${status}).`,
      endpoint,
      status,
      { retryAfterMs: status === 503 ? parseRetryAfter(retryAfter) : undefined },
    );
  }
  if (!isRecord(body)) {
    return new KycTransportError(
      'unreadable',
      `The server refused ${endpoint} (HTTP ${status}) with an unreadable answer.`,
      endpoint,
      status,
    );
  }

  const signMessages: Partial<Record<SignProvider, string[]>> = {};
  for (const [field, provider] of Object.entries(SIGN_CODE_FIELDS)) {
    if (field in body) signMessages[provider] = toMessages(body[field]);
  }
  const providers = Object.keys(signMessages) as SignProvider[];
  if (providers.length > 0) {
    const reason = providers.some((p) => sentSignProviders.includes(p)) ? 'invalid' : 'missing';
    return new KycSignatureRequiredError(endpoint, status, providers, reason, signMessages);
  }

  const fieldErrors: Record<string, string[]> = {};
  const attributeErrors: Record<string, string[]> = {};
  let nonFieldErrors: string[] = detail ? [detail] : [];
  for (const [field, value] of Object.entries(body)) {
    if (field === 'detail') continue;
    if (field === 'non_field_errors') nonFieldErrors = nonFieldErrors.concat(toMessages(value));
    else if (field === 'attribute_changes' && Array.isArray(value)) collectAttributeErrors(value, attributeErrors);
    else fieldErrors[field] = toMessages(value);
  }
  return new KycValidationError(endpoint, status, fieldErrors, attributeErrors, nonFieldErrors);
}

function collectAttributeErrors(items: unknown[], into: Record<string, string[]>) {
  for (const item of items) {
    if (!isRecord(item) || typeof item.key !== 'string') continue;
    into[item.key] = (into[item.key] ?? []).concat(toMessages(item.errors));
  }
}

/** DRF error values are a list of strings, a string, or nested objects; flatten them to text. */
function toMessages(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(toMessages);
  if (isRecord(value)) return Object.values(value).flatMap(toMessages);
  return value === undefined || value === null ? [] : [String(value)];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
