/**
 * The running embedded check: the SumSub frame (lazily loaded) for one token session, watched until it
 * shows a sign of life. A frame that fails to load or render, or stays silent for
 * `FRAME_READY_TIMEOUT_MS`, gives way to a message with Retry (`problem`) instead of a blank area.
 */
import {
  Suspense,
  useCallback,
  useEffect,
  useState,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import { useKyc } from '../context/KycContext';
import { useFrameReadiness } from '../hooks/useFrameReadiness';
import type { SumsubFrameProps } from './SumsubFrame';
import { SumsubFrameBoundary } from './SumsubFrameBoundary';

export interface LivenessSessionProps {
  Frame: LazyExoticComponent<ComponentType<SumsubFrameProps>>;
  /** Loads the frame's module again after it failed to load. */
  reloadFrame: () => void;
  token: string;
  session: number;
  refresh: () => Promise<string>;
  onMessage: (type: string, payload: unknown) => void;
  onFrameError: (payload: unknown) => void;
  config: Record<string, unknown>;
  /** The failure to show, with the action that starts the frame again. */
  problem: (message: string, onRetry: () => void) => ReactNode;
}

export function LivenessSession(props: LivenessSessionProps) {
  const { Frame, reloadFrame, token, session, refresh, onMessage, onFrameError, config, problem } = props;
  const { t, sumsub, report } = useKyc();
  const [attempt, setAttempt] = useState(0);
  const { stalled, markAlive } = useFrameReadiness(`${session}:${attempt}`);

  const onAnyMessage = useCallback(
    (type: string, payload: unknown) => {
      markAlive();
      onMessage(type, payload);
    },
    [markAlive, onMessage],
  );
  const onRefused = useCallback(() => {
    markAlive(); // the frame answered: it asks for a token
    return refresh();
  }, [markAlive, refresh]);
  const onError = useCallback(
    (payload: unknown) => {
      markAlive();
      onFrameError(payload);
    },
    [markAlive, onFrameError],
  );

  useEffect(() => {
    if (stalled) report.failed(new Error('The SumSub frame did not become ready in time.'), 'liveness');
  }, [stalled, report]);

  if (stalled) return problem(t('liveness.stalled'), () => setAttempt((n) => n + 1));
  const loading = <p className="kyc-liveness__loading">{t('liveness.starting')}</p>;
  return (
    <SumsubFrameBoundary
      onError={(frameError) => report.failed(frameError, 'liveness')}
      fallback={(reset) =>
        problem(t('liveness.stalled'), () => {
          reloadFrame();
          reset();
        })
      }
    >
      <Suspense fallback={loading}>
        <Frame
          key={`${session}:${attempt}`}
          accessToken={token}
          expirationHandler={onRefused}
          onMessage={onAnyMessage}
          onError={onError}
          baseUrl={sumsub.baseUrl}
          config={config}
          title={t('liveness.frameName')}
        />
      </Suspense>
    </SumsubFrameBoundary>
  );
}
