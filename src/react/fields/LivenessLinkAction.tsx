/**
 * Opening the liveness check in a new tab: the button (the screen's primary action, or the quiet
 * alternative to the embedded check), a way to open it again while the widget waits, and why it could
 * not be opened. What to do while it is open is said by the field's status line.
 */
import type { UseLivenessLinkResult } from '../hooks/useLivenessLink';
import { useKyc } from '../context/KycContext';

export interface LivenessLinkActionProps {
  link: UseLivenessLinkResult;
  /** `primary`: "Open the check" (the question is a link); `alternative`: beside the embedded check. */
  variant: 'primary' | 'alternative';
  /** Id of the button (the field's control when primary). */
  id: string;
  describedBy?: string | undefined;
  disabled?: boolean | undefined;
}

export function LivenessLinkAction({ link, variant, id, describedBy, disabled }: LivenessLinkActionProps) {
  const { t } = useKyc();
  const { phase } = link;
  const primary = variant === 'primary';
  const hintId = `${id}-new-tab`;
  const problem =
    phase.name === 'unsafe' ? t('liveness.unsafeLink') : phase.name === 'failed' ? t('liveness.linkFailed') : null;
  return (
    <>
      {phase.name === 'watching' ? (
        // Where a popup blocker stopped window.open, the client can still follow the link.
        <a className="kyc-liveness__again" href={phase.href} target="_blank" rel="noopener noreferrer">
          {t('liveness.openAgain')}
        </a>
      ) : (
        <button
          type="button"
          id={id}
          className={`kyc-button ${primary ? 'kyc-button--primary kyc-liveness__start' : 'kyc-button--link kyc-liveness__alternative'}`}
          aria-describedby={[describedBy, primary ? hintId : ''].filter(Boolean).join(' ') || undefined}
          aria-disabled={phase.name === 'opening' || disabled || undefined}
          onClick={() => !disabled && link.open()}
        >
          {primary ? t('liveness.openCheck') : t('liveness.orOpenInTab')}
        </button>
      )}
      {primary && phase.name !== 'watching' ? (
        <p id={hintId} className="kyc-liveness__hint">
          {t('liveness.newTabHint')}
        </p>
      ) : null}
      {problem ? (
        <p className="kyc-liveness__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}
