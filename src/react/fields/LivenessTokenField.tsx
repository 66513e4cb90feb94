/**
 * The embedded SumSub liveness check (`sumsub_liveness_check_token`). The SDK chunk is loaded, and a
 * token minted, only once the field is on screen. When the frame reports the applicant submitted, the
 * application is read again so "completed" comes from the server.
 *
 * Failures the client sees reach `onError` with during `liveness`: an error the SDK reports, a frame
 * that failed to load, and (in `useLivenessToken`) a token that could not be had.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useCallback, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { isLivenessCompleted } from '../../core/attributes';
import { useKyc } from '../context/KycContext';
import { useLivenessToken } from '../hooks/useLivenessToken';
import { useOnScreen } from '../hooks/useOnScreen';
import { kycKeys } from '../queries';
import { FieldShell } from './FieldShell';
import type { FieldProps } from './fieldProps';
import { LivenessProblem } from './LivenessProblem';
import type { SumsubFrameProps } from './SumsubFrame';
import { SumsubFrameBoundary } from './SumsubFrameBoundary';
import { isLivenessDone, sumsubError } from './sumsubMessages';

/** Loads the frame component (the module holding the SumSub SDK). */
export type SumsubFrameLoader = () => Promise<{ default: ComponentType<SumsubFrameProps> }>;

const loadSumsubFrame: SumsubFrameLoader = () => import('./SumsubFrame');

export interface LivenessTokenFieldProps extends FieldProps<string> {
  /** Replaces the loader of the SDK frame (tests, or a partner's own frame). Default: the SumSub SDK. */
  loadFrame?: SumsubFrameLoader | undefined;
}

export function LivenessTokenField({
  question,
  id,
  applicationUuid,
  error,
  disabled,
  loadFrame = loadSumsubFrame,
}: LivenessTokenFieldProps) {
  const { t, client, emit, report, locale, sumsub } = useKyc();
  const queryClient = useQueryClient();
  const key = question.attribute.key;
  const completed = isLivenessCompleted(question.attribute);
  const [region, setRegion] = useState<HTMLDivElement | null>(null);
  const onScreen = useOnScreen(region);
  const live = useLivenessToken(applicationUuid, key, { enabled: onScreen && !completed && !disabled });
  const [Frame, setFrame] = useState(() => lazy(loadFrame));

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

  let body: ReactNode;
  if (completed) body = null;
  else if (live.status === 'error')
    body = <LivenessProblem message={t('liveness.tokenError')} retry={t('liveness.retry')} onRetry={live.retry} />;
  else if (live.status !== 'ready' || !live.token)
    body = <p className="kyc-liveness__loading">{t('liveness.loading')}</p>;
  else {
    body = (
      <>
        {live.refreshError ? (
          <LivenessProblem message={t('liveness.refreshError')} retry={t('liveness.retry')} onRetry={live.retry} />
        ) : null}
        <SumsubFrameBoundary
          onError={(frameError) => report.failed(frameError, 'liveness')}
          fallback={(reset) => (
            <LivenessProblem
              message={t('liveness.tokenError')}
              retry={t('liveness.retry')}
              onRetry={() => {
                setFrame(() => lazy(loadFrame));
                reset();
              }}
            />
          )}
        >
          <Suspense fallback={<p className="kyc-liveness__loading">{t('liveness.loading')}</p>}>
            <Frame
              key={live.session}
              accessToken={live.token}
              expirationHandler={live.refresh}
              onMessage={onMessage}
              onError={onFrameError}
              baseUrl={sumsub.baseUrl}
              config={{ lang: locale, ...sumsub.sdkOptions }}
              title={t('liveness.frameTitle')}
            />
          </Suspense>
        </SumsubFrameBoundary>
      </>
    );
  }

  return (
    <FieldShell id={id} question={question} error={error} disabled={disabled} kind="liveness_token" as="group">
      <div className="kyc-liveness" id={id} tabIndex={-1} ref={setRegion} data-state={completed ? 'done' : live.status}>
        {completed ? null : <p className="kyc-liveness__intro">{t('liveness.intro')}</p>}
        {body}
        {/* Present from the start so the completion is announced when it arrives. */}
        <p className={completed ? 'kyc-liveness__done' : 'kyc-visually-hidden'} role="status">
          {completed ? t('liveness.done') : ''}
        </p>
      </div>
    </FieldShell>
  );
}
