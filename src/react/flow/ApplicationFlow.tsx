/**
 * One application from first step to decision: loads it (volatile fields empty), opens the first
 * incomplete step, saves as the client goes, asks for signatures, sends to review exactly once,
 * and watches the review with backoff.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { backoffDelay } from '../../core/backoff';
import { canEdit } from '../../core/flow';
import { useKyc } from '../context/KycContext';
import { applicationQuery } from '../queries';
import { LazyApplicationForm } from './LazyApplicationForm';
import { ErrorState, LoadingState } from './ErrorState';
import { StatusScreen } from './StatusScreen';

export interface ApplicationFlowProps {
  applicationUuid: string;
  canStartNew: boolean;
  onStartNew: () => void;
}

export function ApplicationFlow({ applicationUuid, canStartNew, onStartNew }: ApplicationFlowProps) {
  const { client, emit, report } = useKyc();
  const polls = useRef(0);
  const query = useQuery({
    ...applicationQuery(client, applicationUuid),
    // While in review, watch with backoff (2 s, 3 s, 4.5 s … up to a minute) until a decision arrives.
    refetchInterval: (q) => {
      if (q.state.data?.status !== 'in_review') {
        polls.current = 0;
        return false;
      }
      return backoffDelay(polls.current++, { baseMs: 2000, maxMs: 60_000, factor: 1.5, jitter: 0.2 });
    },
    refetchIntervalInBackground: false,
  });
  const application = query.data;
  const status = application?.status;
  const previous = useRef<string | undefined>(undefined);
  const completed = useRef(false);

  useEffect(() => {
    if (!status || status === previous.current) return;
    const before = previous.current;
    previous.current = status;
    emit(
      before === undefined
        ? { type: 'application_loaded', applicationUuid, status }
        : { type: 'status_changed', applicationUuid, status },
    );
    report.statusChanged({ applicationUuid, status, previousStatus: before });
    if ((status === 'approved' || status === 'rejected') && !completed.current) {
      completed.current = true;
      report.completed({ applicationUuid, status: status === 'approved' ? 'approved' : 'rejected' });
    }
  }, [status, applicationUuid, report, emit]);

  const error = query.error;
  useEffect(() => {
    if (!error) return;
    report.failed(error, application ? 'watch' : 'load');
  }, [error, application, report]);

  if (!application) {
    if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
    return <LoadingState />;
  }
  if (!canEdit(application.status) && application.status !== 'pending') {
    return (
      <StatusScreen
        application={application}
        canStartNew={canStartNew}
        onStartNew={onStartNew}
        onCorrect={() => undefined}
      />
    );
  }
  return <LazyApplicationForm key={application.uuid} application={application} />;
}
