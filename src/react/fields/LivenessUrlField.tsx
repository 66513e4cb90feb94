/**
 * The liveness check on SumSub's site (`sumsub_liveness_check_url`). The link is fetched only when
 * the client asks to open it (reading the application never mints one), opened only when it passes
 * `toSafeExternalUrl`, and the application is then watched, with growing pauses, until the server
 * reports the check completed.
 *
 * The partner hears of it: `liveness_completed` when the widget learns the check is done (not when it
 * already was at mount), and `onError` (during `liveness`) when the link cannot be had or is not safe.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { isLivenessCompleted } from '../../core/attributes';
import { backoffDelay } from '../../core/backoff';
import { allQuestions } from '../../core/flow';
import { toSafeExternalUrl } from '../../core/safeUrl';
import type { Application } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { applicationQuery } from '../queries';
import { FieldShell, describedBy } from './FieldShell';
import type { FieldProps } from './fieldProps';

type Phase =
  | { name: 'idle' }
  | { name: 'opening' }
  | { name: 'watching'; href: string; since: number }
  | { name: 'unsafe' }
  | { name: 'failed' };

/** Watching: first check after 2 s, then 1.5× longer each time, at most every 30 s. */
const WATCH = { baseMs: 2000, maxMs: 30_000, factor: 1.5, jitter: 0.2 };

export function LivenessUrlField({ question, id, applicationUuid, error, disabled }: FieldProps<string>) {
  const { t, client, sumsub, allowLocalhostLinks, emit, report } = useKyc();
  const queryClient = useQueryClient();
  const key = question.attribute.key;
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const watching = phase.name === 'watching';
  const since = watching ? phase.since : 0;

  const watched = useQuery({
    ...applicationQuery(client, applicationUuid),
    enabled: watching && !isLivenessCompleted(question.attribute),
    refetchInterval: (query) =>
      completedIn(query.state.data, key)
        ? false
        : backoffDelay(Math.max(0, query.state.dataUpdateCount - since - 1), WATCH),
  });
  const completed = isLivenessCompleted(question.attribute) || (watching && completedIn(watched.data, key));
  const completedBefore = useRef(completed);
  useEffect(() => {
    if (completed && !completedBefore.current) emit({ type: 'liveness_completed', attributeKey: key });
    completedBefore.current = completed;
  }, [completed, emit, key]);

  async function open() {
    setPhase({ name: 'opening' });
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
      const since = queryClient.getQueryState(applicationQuery(client, applicationUuid).queryKey)?.dataUpdateCount ?? 0;
      setPhase({ name: 'watching', href: url.href, since });
    } catch (failure) {
      setPhase({ name: 'failed' });
      report.failed(failure, 'liveness');
    }
  }

  const message =
    phase.name === 'unsafe' ? t('liveness.unsafeLink') : phase.name === 'failed' ? t('liveness.tokenError') : undefined;
  return (
    <FieldShell id={id} question={question} error={error} disabled={disabled} kind="liveness_url" as="group">
      <div className="kyc-liveness" data-state={completed ? 'done' : phase.name}>
        {completed ? null : (
          <>
            <p className="kyc-liveness__intro">{t('liveness.intro')}</p>
            <button
              type="button"
              id={id}
              className="kyc-button kyc-button--primary kyc-liveness__open"
              aria-describedby={describedBy(id, question, error)}
              aria-disabled={phase.name === 'opening' || disabled || undefined}
              onClick={() => phase.name !== 'opening' && !disabled && void open()}
            >
              {t('liveness.openLink')}
            </button>
          </>
        )}
        {message && !completed ? (
          <p className="kyc-liveness__problem" role="alert">
            {message}
          </p>
        ) : null}
        {/* One status region for the whole time, so "waiting" and "completed" are both announced. */}
        <p className={completed ? 'kyc-liveness__done' : 'kyc-liveness__status'} role="status">
          {completed ? t('liveness.done') : watching ? t('liveness.waiting') : ''}
        </p>
        {watching && !completed ? (
          // Where a popup blocker stopped window.open, the client can still follow the link.
          <a className="kyc-liveness__link" href={phase.href} target="_blank" rel="noopener noreferrer">
            {t('liveness.openLink')}
          </a>
        ) : null}
      </div>
    </FieldShell>
  );
}

/** Whether the liveness attribute `key` of `app` reports the check completed. */
function completedIn(app: Application | undefined, key: string): boolean {
  if (!app) return false;
  const ref = allQuestions(app).find((candidate) => candidate.question.attribute.key === key);
  return ref ? isLivenessCompleted(ref.question.attribute) : false;
}
