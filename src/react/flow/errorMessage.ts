/** Which sentence the client reads for a failure: customer words only, the detail goes to `onError`. */
import { KycTransportError, isKycError } from '../../core/errors';
import type { MessageKey } from '../i18n/en';

/** The message for a failed load (level info, application, the questionnaire chunk). */
export function errorMessageKey(error: unknown): MessageKey {
  if (!isKycError(error)) return 'flow.error.load';
  if (error.kind === 'unauthorized') return 'flow.error.unauthorized';
  if (error.kind === 'not_found') return 'flow.error.notFound';
  if (error instanceof KycTransportError && (error.reason === 'invalid_response' || error.reason === 'unreadable'))
    return 'flow.error.invalidResponse';
  return 'flow.error.load';
}
