/**
 * The phone's side of "Continue on your phone": for the partner's page the link opens (its widget sends
 * the link's token, e.g. `getHeaders={() => ({ 'X-Kyc-Handoff': token })}`). It shows only the step the
 * desktop handed off (the first document or liveness step left to do), with the widget's own fields,
 * saves each answer as it comes, and once that step is done says the customer can go back to their
 * computer. A link the proxy refuses (expired, or for another application), when the page opens or at
 * any later call of it, gets one sentence saying to make a new one on the computer (and, when something
 * the customer chose was being sent, that it was not sent).
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { phoneLinkProblem, phoneRefusal, phoneStep, worseRefusal, type PhoneRefusal } from '../../core/handoffFollow';
import { useKyc } from '../context/KycContext';
import { applicationQuery, levelInfoQuery } from '../queries';
import { themeToStyle, type KycTheme } from '../theme';
import { HandoffPhoneStep } from './HandoffPhoneStep';

/** Props of `<HandoffPhone>`, the phone's page of a hand-off. */
export interface HandoffPhoneProps {
  /** The application the link is for; default: the client's last one (from its level info). */
  applicationUuid?: string | undefined;
  /** Colours, font, radius, spacing and colour scheme, as for `<KycFlow>`. */
  theme?: KycTheme | undefined;
  /** Extra class name on the root (`.kyc-root`). */
  className?: string | undefined;
}

/**
 * The phone's page of "Continue on your phone", inside `<KycProvider>` whose `getHeaders` sends the
 * link's hand-off token. It is a widget root of its own (`.kyc-root`, themed like `<KycFlow>`).
 *
 * @example
 * <KycProvider apiBaseUrl="/kyc" getHeaders={() => ({ 'X-Kyc-Handoff': token })}>
 *   <HandoffPhone applicationUuid={applicationFromTheLink} />
 * </KycProvider>
 */
export function HandoffPhone({ applicationUuid, theme, className }: HandoffPhoneProps) {
  const { client, t, dir, locale, report } = useKyc();
  const info = useQuery({ ...levelInfoQuery(client), enabled: applicationUuid === undefined });
  const uuid = applicationUuid ?? info.data?.last_kyc_application_uuid ?? undefined;
  const app = useQuery({ ...applicationQuery(client, uuid ?? ''), enabled: uuid !== undefined });
  const application = app.data;
  const error = info.error ?? app.error;
  // Refused after the page opened: a save of the step (`onRefused`), or any call the client found refused
  // with 401 after fresh headers (an upload, a document, the liveness token): the link no longer works.
  const session = useSyncExternalStore(
    client.session.subscribe,
    client.session.getSnapshot,
    client.session.getSnapshot,
  );
  const expired = session.expired ? phoneRefusal({ endpoint: session.endpoint }) : null;
  const [refusedLater, setRefusedLater] = useState<PhoneRefusal | null>(null);
  const onRefused = (refusal: PhoneRefusal) => setRefusedLater((was) => worseRefusal(was, refusal));
  // The sentence shows at once; the step, hidden, stays until the refused call has settled in its field
  // (which tells the partner, once), then goes (a liveness check's camera with it).
  useEffect(() => {
    if (expired === null) return;
    const timer = setTimeout(() => setRefusedLater((was) => worseRefusal(was, expired)), 0);
    return () => clearTimeout(timer);
  }, [expired]);
  const refusal = worseRefusal(refusedLater, expired);
  // The step the desktop handed off, kept once known: finishing it ends the phone's part.
  const [pinned, setPinned] = useState<string | null>(null);
  const target = application ? phoneStep(application, pinned) : undefined;
  const targetKey = target?.step.questions[0]?.attribute.key ?? null;
  if (pinned === null && targetKey !== null) setPinned(targetKey);

  useEffect(() => {
    if (error) report.failed(error, 'load');
  }, [error, report]);

  let content: ReactNode = null;
  if (refusal !== null || error) {
    const refused = refusal !== null || phoneLinkProblem(error) === 'refused';
    const sentence = refusal === 'unsent' ? 'handoff.phoneUnsent' : 'handoff.phoneRefused';
    content = (
      <div className="kyc-handoff-phone__problem" role="alert">
        <h2>{t(refused ? 'handoff.phoneRefusedTitle' : 'handoff.title')}</h2>
        <p>{t(refused ? sentence : 'flow.error.load')}</p>
      </div>
    );
  } else if (!application || uuid === undefined || target === undefined) {
    content = <p role="status">{t('flow.loading')}</p>;
  } else if (target === null || target.done) {
    content = (
      <div className="kyc-handoff-phone__done" role="status">
        <h2>{t('handoff.phoneDoneTitle')}</h2>
        <p>{t('handoff.phoneDone')}</p>
      </div>
    );
  }
  const step = application && uuid !== undefined && target && !target.done && !refusedLater && !error;
  return (
    <section
      className={['kyc-root', 'kyc-handoff-phone', className].filter(Boolean).join(' ')}
      aria-label={t('handoff.title')}
      dir={dir}
      lang={locale}
      style={themeToStyle(theme)}
      data-color-scheme={theme?.colorScheme ?? 'light'}
    >
      {content}
      {step ? (
        <div hidden={content !== null}>
          <HandoffPhoneStep application={application} applicationUuid={uuid} step={target.step} onRefused={onRefused} />
        </div>
      ) : null}
    </section>
  );
}
