/**
 * The embedded liveness check (`sumsub_liveness_check_token`): one screen with one primary action. It
 * says what happens and what to prepare, and the SumSub frame mounts only after Start (the SDK chunk is
 * fetched once the field is on screen, the token only after Start). The frame gets the widget's language
 * and look. When the step also offers the check as a link, that link is this screen's quiet alternative
 * (and the link field itself stays empty). When the frame reports the applicant submitted, the application
 * is read again so "completed" comes from the server.
 * Failures reach `onError` (during `liveness`): an SDK error, a frame that never loaded or became ready, a
 * token that could not be had (`useLivenessToken`). A desktop also offers the phone hand-off until done.
 */
import { lazy, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isLivenessCompleted } from '../../core/attributes';
import { sumsubConfig } from '../../core/sumsubConfig';
import { useKyc } from '../context/KycContext';
import { useFocusKeptIn } from '../hooks/useFocusKeptIn';
import { useLivenessLink } from '../hooks/useLivenessLink';
import { useLivenessPartner } from '../hooks/useLivenessPartner';
import { useLivenessToken } from '../hooks/useLivenessToken';
import { useOnScreen } from '../hooks/useOnScreen';
import { useSumsubMessages } from '../hooks/useSumsubMessages';
import { FieldShell, describedBy } from './FieldShell';
import type { FieldProps } from './fieldProps';
import { HandoffOffer } from './HandoffOffer';
import { LivenessIntro } from './LivenessIntro';
import { LivenessLinkAction } from './LivenessLinkAction';
import { LivenessProblem } from './LivenessProblem';
import { LivenessSession } from './LivenessSession';
import type { SumsubFrameLoader } from './SumsubFrame';
import { readWidgetLook } from './widgetLook';

const loadSumsubFrame: SumsubFrameLoader = () => import('./SumsubFrame');

export interface LivenessTokenFieldProps extends FieldProps<string> {
  /** Replaces the loader of the SDK frame (tests, or a partner's own frame). Default: the SumSub SDK. */
  loadFrame?: SumsubFrameLoader | undefined;
}

export function LivenessTokenField(props: LivenessTokenFieldProps) {
  const { question, id, applicationUuid, error, disabled, loadFrame = loadSumsubFrame } = props;
  const { t, emit, locale, sumsub } = useKyc();
  const key = question.attribute.key;
  const linkQuestion = useLivenessPartner(applicationUuid, key);
  const link = useLivenessLink(applicationUuid, linkQuestion);
  const completed = isLivenessCompleted(question.attribute) || link.completed;
  const [started, setStarted] = useState(false);
  const live = useLivenessToken(applicationUuid, key, { enabled: started && !completed && !disabled });
  const [region, setRegion] = useState<HTMLDivElement | null>(null);
  const onScreen = useOnScreen(region);
  useFocusKeptIn(region, completed); // the frame the client finished in is gone
  const [Frame, setFrame] = useState(() => lazy(loadFrame));
  useEffect(() => {
    if (onScreen && !completed) loadFrame().catch(() => undefined); // fetch the SDK early; Start then is quick
  }, [onScreen, completed, loadFrame]);

  const { onMessage, onFrameError } = useSumsubMessages(applicationUuid, key);
  // Read once the check starts: the frame takes its config at mount.
  const config = useMemo(
    () => (started ? sumsubConfig(locale, readWidgetLook(region), sumsub.sdkOptions) : {}),
    [started, locale, region, sumsub.sdkOptions],
  );
  const shown = useMemo(() => ({ ...question, title: t('liveness.heading'), description: null }), [question, t]);

  // Keyboard and screen reader users stay in the field when the button they pressed goes away.
  const act = (action: () => void) => () => {
    if (disabled) return;
    region?.focus({ preventScroll: true });
    action();
  };
  const start = act(() => {
    setStarted(true);
    emit({ type: 'liveness_started', attributeKey: key, way: 'frame' });
  });
  const alternative = linkQuestion ? (
    <LivenessLinkAction link={link} variant="alternative" id={`${id}-link`} disabled={disabled} />
  ) : null;
  const problem = (message: string, onRetry: () => void): ReactNode => (
    <LivenessProblem message={message} retry={t('liveness.retry')} onRetry={act(onRetry)}>
      {alternative}
    </LivenessProblem>
  );

  let body: ReactNode;
  if (completed) body = null;
  else if (!started || disabled) {
    body = (
      <LivenessIntro id={id}>
        <div className="kyc-liveness__actions">
          <button
            type="button"
            className="kyc-button kyc-button--primary kyc-liveness__start"
            aria-describedby={[`${id}-lead`, describedBy(id, shown, error)].filter(Boolean).join(' ')}
            aria-disabled={disabled || undefined}
            onClick={start}
          >
            {t('liveness.startButton')}
          </button>
          {alternative}
        </div>
      </LivenessIntro>
    );
  } else if (live.status === 'error') {
    body = problem(t(live.failure === 'start' ? 'liveness.tokenError' : 'liveness.interrupted'), live.retry);
  } else if (live.status !== 'ready' || !live.token) {
    body = <p className="kyc-liveness__loading">{t('liveness.starting')}</p>;
  } else {
    body = (
      <LivenessSession
        Frame={Frame}
        reloadFrame={() => setFrame(() => lazy(loadFrame))}
        token={live.token}
        session={live.session}
        refresh={live.refresh}
        onMessage={onMessage}
        onFrameError={onFrameError}
        config={config}
        problem={problem}
      />
    );
  }

  const status = completed ? t('liveness.complete') : link.phase.name === 'watching' ? t('liveness.continueInTab') : '';
  return (
    <FieldShell id={id} question={shown} error={error} disabled={disabled} kind="liveness_token" as="group">
      <div
        className="kyc-liveness"
        id={id}
        tabIndex={-1}
        ref={setRegion}
        data-state={stateOf(completed, started, live)}
      >
        {body}
        {completed ? null : <HandoffOffer {...props} />}
        {/* Present from the start so the completion is announced when it arrives. */}
        <p
          className={completed ? 'kyc-liveness__done' : status ? 'kyc-liveness__status' : 'kyc-visually-hidden'}
          role="status"
        >
          {status}
        </p>
      </div>
    </FieldShell>
  );
}

function stateOf(completed: boolean, started: boolean, live: { status: string; failure: string | null }): string {
  if (completed) return 'done';
  if (!started) return 'intro';
  return live.status === 'error' ? `error-${live.failure ?? 'start'}` : live.status;
}
