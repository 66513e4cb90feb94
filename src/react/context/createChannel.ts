/**
 * The channel from the components to the partner's callbacks (`emit` and `report` in the context).
 */
import { consentEvent } from '../../core/consent';
import { isKycError } from '../../core/errors';
import type { FlowReporter } from './callbacks';
import type { KycEvent } from './events';
import type { KycProviderProps } from './kycContextTypes';

/** The event stream and the callbacks, stable for the provider's life, always calling the latest props. */
export function createChannel(latest: { readonly current: KycProviderProps }) {
  const emit = (event: KycEvent) => latest.current.onEvent?.(event);
  const report: FlowReporter = {
    statusChanged: (details) => latest.current.onStatusChange?.(details),
    stepChanged: (details) => latest.current.onStepChange?.(details),
    completed: (details) => latest.current.onComplete?.(details),
    failed: (error, during) => {
      const endpoint = isKycError(error) ? error.endpoint : undefined;
      emit({ type: 'error', kind: isKycError(error) ? error.kind : 'unknown', during, endpoint });
      const reported = error instanceof Error ? error : new Error(String(error));
      latest.current.onError?.(reported, { endpoint, during });
    },
    consented: (details) => {
      emit(consentEvent(details));
      latest.current.onConsent?.(details);
    },
  };
  return { emit, report };
}
