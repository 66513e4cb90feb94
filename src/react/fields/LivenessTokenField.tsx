/**
 * The embedded SumSub liveness check (`sumsub_liveness_check_token`). The SDK chunk is loaded, and a
 * token minted, only once the field is on screen. When the frame reports the applicant submitted, the
 * application is read again so "completed" comes from the server.
 */
import { useQueryClient } from '@tanstack/react-query';
import {
  Component,
  Suspense,
  lazy,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import { useKyc } from '../context/KycContext';
import { useLivenessToken } from '../hooks/useLivenessToken';
import { kycKeys } from '../queries';
import { FieldShell } from './FieldShell';
import type { FieldProps } from './fieldProps';
import type { SumsubFrameProps } from './SumsubFrame';

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
  const { t, client, emit, locale, sumsub } = useKyc();
  const queryClient = useQueryClient();
  const key = question.attribute.key;
  const completed = question.attribute.verification?.sumsub?.status === 'completed';
  const [region, setRegion] = useState<HTMLDivElement | null>(null);
  const onScreen = useOnScreen(region);
  const live = useLivenessToken(applicationUuid, key, { enabled: onScreen && !completed && !disabled });
  const [Frame, setFrame] = useState(() => lazy(loadFrame));

  const reported = useRef(false);
  const onMessage = useCallback(
    (type: string, payload: unknown) => {
      const done =
        type === 'idCheck.onApplicantSubmitted' ||
        (type === 'idCheck.onApplicantStatusChanged' && reviewStatus(payload) === 'completed');
      if (!done) return;
      if (!reported.current) {
        reported.current = true;
        emit({ type: 'liveness_completed', attributeKey: key });
      }
      void queryClient.invalidateQueries({ queryKey: kycKeys.application(client, applicationUuid) });
    },
    [emit, key, queryClient, client, applicationUuid],
  );

  let body: ReactNode;
  if (completed) body = null;
  else if (live.status === 'error')
    body = <Problem message={t('liveness.tokenError')} retry={t('liveness.retry')} onRetry={live.retry} />;
  else if (live.status !== 'ready' || !live.token)
    body = <p className="kyc-liveness__loading">{t('liveness.loading')}</p>;
  else {
    body = (
      <>
        {live.refreshError ? (
          <Problem message={t('liveness.refreshError')} retry={t('liveness.retry')} onRetry={live.retry} />
        ) : null}
        <FrameBoundary
          fallback={(reset) => (
            <Problem
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
              baseUrl={sumsub.baseUrl}
              config={{ lang: locale, ...sumsub.sdkOptions }}
              title={t('liveness.frameTitle')}
            />
          </Suspense>
        </FrameBoundary>
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

function Problem({ message, retry, onRetry }: { message: string; retry: string; onRetry: () => void }) {
  return (
    <div className="kyc-liveness__problem" role="alert">
      <p>{message}</p>
      <button type="button" className="kyc-button kyc-button--secondary" onClick={onRetry}>
        {retry}
      </button>
    </div>
  );
}

/** Catches a frame chunk that failed to load (offline, a new deploy) so the field offers Retry. */
class FrameBoundary extends Component<
  { fallback: (reset: () => void) => ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}

function reviewStatus(payload: unknown): unknown {
  return typeof payload === 'object' && payload !== null && 'reviewStatus' in payload
    ? payload.reviewStatus
    : undefined;
}

/** True once `element` has been on screen (stays true); immediately true without IntersectionObserver. */
function useOnScreen(element: Element | null): boolean {
  const supported = typeof IntersectionObserver !== 'undefined';
  const [seen, setSeen] = useState(!supported);
  useEffect(() => {
    if (!element || seen || !supported) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        setSeen(true);
        observer.disconnect();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, seen, supported]);
  return seen;
}
