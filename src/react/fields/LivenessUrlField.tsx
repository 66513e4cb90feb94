/**
 * The liveness check on SumSub's site (`sumsub_liveness_check_url`): the same one screen as the embedded
 * check, with "Open the check" in a new tab as its primary action; the widget then watches the
 * application until the server reports the check done (`useLivenessLink`).
 *
 * When the same step also has the embedded check, that field shows this link as its alternative and this
 * field renders nothing, so the screen has one intro and one primary action.
 */
import { isLivenessCompleted } from '../../core/attributes';
import { useKyc } from '../context/KycContext';
import { useLivenessLink } from '../hooks/useLivenessLink';
import { useLivenessPartner } from '../hooks/useLivenessPartner';
import { FieldShell, describedBy } from './FieldShell';
import type { FieldProps } from './fieldProps';
import { LivenessIntro } from './LivenessIntro';
import { LivenessLinkAction } from './LivenessLinkAction';

export function LivenessUrlField({ question, id, applicationUuid, error, disabled }: FieldProps<string>) {
  const { t } = useKyc();
  const embedded = useLivenessPartner(applicationUuid, question.attribute.key);
  const link = useLivenessLink(applicationUuid, embedded ? null : question);
  if (embedded) return null;

  const completed = isLivenessCompleted(question.attribute) || link.completed;
  const shown = { ...question, title: t('liveness.heading'), description: null };
  const watching = link.phase.name === 'watching';
  return (
    <FieldShell id={id} question={shown} error={error} disabled={disabled} kind="liveness_url" as="group">
      <div className="kyc-liveness" id={id} tabIndex={-1} data-state={completed ? 'done' : link.phase.name}>
        {completed ? null : (
          <LivenessIntro id={id}>
            <div className="kyc-liveness__actions">
              <LivenessLinkAction
                link={link}
                variant="primary"
                id={`${id}-open`}
                describedBy={[`${id}-lead`, describedBy(id, shown, error)].filter(Boolean).join(' ')}
                disabled={disabled}
              />
            </div>
          </LivenessIntro>
        )}
        {/* One status region for the whole time, so "finish in the new tab" and "complete" are both announced. */}
        <p
          className={completed ? 'kyc-liveness__done' : watching ? 'kyc-liveness__status' : 'kyc-visually-hidden'}
          role="status"
        >
          {completed ? t('liveness.complete') : watching ? t('liveness.continueInTab') : ''}
        </p>
      </div>
    </FieldShell>
  );
}
