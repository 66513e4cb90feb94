/**
 * The application on screen: read once, watched with backoff while it waits for a decision, and the
 * place where its status events (`application_loaded`, `status_changed`, `onStatusChange`,
 * `onComplete`) and its load / watch failures are reported. A decision makes the level info stale,
 * so what the client may do next (start again or not) is read anew.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { backoffDelay } from '../../core/backoff';
import { normalisedStatus } from '../../core/flow';
import { decisionOf, isAwaitingDecision } from '../../core/screen';
import { statusOf } from '../../core/status';
import { useKyc } from '../context/KycContext';
import { applicationQuery, kycKeys } from '../queries';

export function useWatchedApplication(uuid: string | undefined) {
  const { client, emit, report } = useKyc();
  const queryClient = useQueryClient();
  const polls = useRef(0);
  const query = useQuery({
    ...applicationQuery(client, uuid ?? ''),
    enabled: Boolean(uuid),
    // While in review, watch with backoff (2 s, 3 s, 4.5 s … up to a minute) until a decision arrives.
    refetchInterval: (q) => {
      if (!isAwaitingDecision(q.state.data)) {
        polls.current = 0;
        return false;
      }
      return backoffDelay(polls.current++, { baseMs: 2000, maxMs: 60_000, factor: 1.5, jitter: 0.2 });
    },
    refetchIntervalInBackground: false,
  });
  const application = query.data;
  const rawStatus = application?.status;
  const seen = useRef<{ uuid: string | undefined; status: string | undefined; completed: boolean }>({
    uuid: undefined,
    status: undefined,
    completed: false,
  });

  useEffect(() => {
    if (!uuid || !application || rawStatus === undefined) return;
    if (seen.current.uuid !== uuid) seen.current = { uuid, status: undefined, completed: false };
    // Compared as the core compares statuses (trimmed, lower-cased): ' Draft' after 'draft' is no change.
    const before = seen.current.status;
    const now = normalisedStatus(rawStatus);
    if (now === before) return;
    seen.current.status = now;
    const status = statusOf(rawStatus);
    emit(
      before === undefined
        ? { type: 'application_loaded', applicationUuid: uuid, status, rawStatus }
        : { type: 'status_changed', applicationUuid: uuid, status, rawStatus },
    );
    report.statusChanged({
      applicationUuid: uuid,
      status,
      rawStatus,
      previousStatus: before === undefined ? undefined : statusOf(before),
    });
    const decision = decisionOf(application);
    if (before !== undefined && decision) void queryClient.invalidateQueries({ queryKey: kycKeys.levelInfo(client) });
    if (decision && !seen.current.completed) {
      seen.current.completed = true;
      report.completed({ applicationUuid: uuid, status: decision });
    }
  }, [uuid, application, rawStatus, emit, report, queryClient, client]);

  const error = query.error;
  const loaded = Boolean(application);
  useEffect(() => {
    if (error) report.failed(error, loaded ? 'watch' : 'load');
  }, [error, loaded, report]);

  return query;
}
