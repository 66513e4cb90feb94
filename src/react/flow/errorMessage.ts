/**
 * Which sentence the client reads for a failure: one message key per kind of failure (`core/failure.ts`
 * decides the kind), in the widget's locale. Customer words only; the detail goes to `onError`.
 */
import { failureOf, type FailureKind } from '../../core/failure';
import type { MessageKey } from '../i18n/en';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const FAILURE_MESSAGES: Record<FailureKind, MessageKey> = {
  offline: 'failure.offline',
  timeout: 'failure.timeout',
  session_expired: 'failure.sessionExpired',
  forbidden: 'failure.forbidden',
  not_found: 'failure.notFound',
  conflict: 'failure.conflict',
  too_large: 'failure.tooLarge',
  rate_limited: 'failure.rateLimited',
  server: 'failure.server',
  invalid_response: 'failure.invalidResponse',
  refused: 'failure.refused',
  unknown: 'failure.unknown',
};

/** Without a `Retry-After`, a throttled client is asked to wait this long. */
const DEFAULT_WAIT_SECONDS = 30;

/** The message key (and its values) for a failure; `unknown` says what to show for an error of no known kind. */
function failureMessage(
  error: unknown,
  unknown: MessageKey = 'failure.unknown',
): { key: MessageKey; values?: Record<string, number> } {
  const failure = failureOf(error);
  if (failure.kind === 'unknown') return { key: unknown };
  if (failure.kind === 'rate_limited') {
    return {
      key: FAILURE_MESSAGES.rate_limited,
      values: { seconds: failure.retryAfterSeconds ?? DEFAULT_WAIT_SECONDS },
    };
  }
  return { key: FAILURE_MESSAGES[failure.kind] };
}

/** The sentence for a failure, in the widget's locale. */
export function failureText(t: Translate, error: unknown, unknown?: MessageKey): string {
  const { key, values } = failureMessage(error, unknown);
  return t(key, values);
}
