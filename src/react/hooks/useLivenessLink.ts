/**
 * The liveness check on SumSub's site (`sumsub_liveness_check_url`): the link is fetched only when the
 * client asks to open it (reading the application never mints one), opened in a new tab only when it
 * passes `toSafeExternalUrl`, and the application is then watched, with growing pauses, until the server
 * reports the check completed.
 *
 * The partner hears of it: `liveness_started` when the client opens the link, `liveness_completed` when
 * the widget learns the check is done (not when it already was), and `onError` (during `liveness`) when
 * the link cannot be had or is not safe.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isLivenessCompleted } from '../../core/attributes';
import { backoffDelay } from '../../core/backoff';
import { allQuestions } from '../../core/flow';
import { toSafeExternalUrl } from '../../core/safeUrl';
import type { Application, Question } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { applicationQuery } from '../queries';

type LivenessLinkPhase =
  | { name: 'idle' }
  | { name: 'opening' }
  | { name: 'watching'; href: string; since: number }
  | { name: 'unsafe' }
  | { name: 'failed' };

export interface UseLivenessLinkResult {
  phase: LivenessLinkPhase;
  /** The server reports the check done (known at mount, or learned while watching). */
  completed: boolean;
  /** Fetch a fresh link and open it in a new tab (ignored while opening). Stable per question. */
  open: () => void;
}

/** Watching: first check after 2 s, then 1.5× longer each time, at most every 30 s. */
const WATCH = { baseMs: 2000, maxMs: 30_000, factor: 1.5, jitter: 0.2 };

/**
 * @example
 * const link = useLivenessLink(applicationUuid, urlQuestion);
 * <button onClick={link.open}>Open the check</button>
 */
export function useLivenessLink(applicationUuid: string, question: Question | null): UseLivenessLinkResult {
  const { client, sumsub, allowLocalhostLinks, emit, report } = useKyc();
  const queryClient = useQueryClient();
  const key = question?.attribute.key ?? '';
  const completedAtMount = question ? isLivenessCompleted(question.attribute) : false;
  const [phase, setPhase] = useState<LivenessLinkPhase>({ name: 'idle' });
  const watching = phase.name === 'watching';
  const since = watching ? phase.since : 0;

  const watched = useQuery({
    ...applicationQuery(client, applicationUuid),
    enabled: watching && !completedAtMount,
    refetchInterval: (query) =>
      completedIn(query.state.data, key)
        ? false
        : backoffDelay(Math.max(0, query.state.dataUpdateCount - since - 1), WATCH),
  });
  const completed = completedAtMount || (watching && completedIn(watched.data, key));
  const completedBefore = useRef(completed);
  useEffect(() => {
    if (completed && !completedBefore.current && key) emit({ type: 'liveness_completed', attributeKey: key });
    completedBefore.current = completed;
  }, [completed, emit, key]);

  const opening = useRef(false);
  const open = useCallback(() => {
    if (opening.current || !key) return;
    opening.current = true;
    setPhase({ name: 'opening' });
    emit({ type: 'liveness_started', attributeKey: key, way: 'link' });
    void (async () => {
      try {
        const attribute = await client.getAttribute(applicationUuid, key, {
          ttlMin: sumsub.ttlMin,
          ttlMax: sumsub.ttlMax,
        });
        const url =
          typeof attribute.value === 'string'
            ? toSafeExternalUrl(attribute.value, {
                allowLocalhost: allowLocalhostLinks,
                ...(sumsub.allowedHosts ? { allowedHosts: sumsub.allowedHosts } : {}),
              })
            : null;
        if (!url) {
          setPhase({ name: 'unsafe' });
          // The link itself stays out of the report: it carries the client's access token.
          report.failed(new Error('The liveness link is not an https link to an allowed host.'), 'liveness');
          return;
        }
        window.open(url.href, '_blank', 'noopener,noreferrer');
        // Count the checks of this watch only, not the reads the flow made before.
        const state = queryClient.getQueryState(applicationQuery(client, applicationUuid).queryKey);
        setPhase({ name: 'watching', href: url.href, since: state?.dataUpdateCount ?? 0 });
      } catch (failure) {
        setPhase({ name: 'failed' });
        report.failed(failure, 'liveness');
      } finally {
        opening.current = false;
      }
    })();
  }, [key, emit, client, applicationUuid, sumsub, allowLocalhostLinks, report, queryClient]);

  return { phase, completed, open };
}

/** Whether the liveness attribute `key` of `app` reports the check completed. */
function completedIn(app: Application | undefined, key: string): boolean {
  if (!app) return false;
  const ref = allQuestions(app).find((candidate) => candidate.question.attribute.key === key);
  return ref ? isLivenessCompleted(ref.question.attribute) : false;
}
