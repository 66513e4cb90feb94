/**
 * What the liveness field does with the SumSub frame's messages: when the applicant is done, tell the
 * partner once (`liveness_completed`) and read the application again so "completed" comes from the
 * server; an error the frame reports goes to `onError` during `liveness`.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { useKyc } from '../context/KycContext';
import { isLivenessDone, sumsubError } from '../fields/sumsubMessages';
import { kycKeys } from '../queries';

export interface UseSumsubMessagesResult {
  /** For the frame's `onMessage`. Stable per application and key. */
  onMessage: (type: string, payload: unknown) => void;
  /** For the frame's `onError`. Stable. */
  onFrameError: (payload: unknown) => void;
}

/**
 * @example
 * const { onMessage, onFrameError } = useSumsubMessages(applicationUuid, 'sumsub_liveness_check_token');
 */
export function useSumsubMessages(applicationUuid: string, key: string): UseSumsubMessagesResult {
  const { client, emit, report } = useKyc();
  const queryClient = useQueryClient();
  const reported = useRef(false);
  const onMessage = useCallback(
    (type: string, payload: unknown) => {
      if (!isLivenessDone(type, payload)) return;
      if (!reported.current) {
        reported.current = true;
        emit({ type: 'liveness_completed', attributeKey: key });
      }
      void queryClient.invalidateQueries({ queryKey: kycKeys.application(client, applicationUuid) });
    },
    [emit, key, queryClient, client, applicationUuid],
  );
  const onFrameError = useCallback((payload: unknown) => report.failed(sumsubError(payload), 'liveness'), [report]);
  return { onMessage, onFrameError };
}
