/**
 * "Continue on your phone" on a document or liveness step of a desktop: a button on the step's first
 * such field that opens the hand-off panel; every such field of the step takes what arrives from the
 * phone while the panel is open (`useHandoff`). Nothing without the partner's `handoff` option.
 */
import { useKyc } from '../context/KycContext';
import { useHandoff } from '../hooks/useHandoff';
import type { Question } from '../../core/schemas';
import { HandoffPanel } from './HandoffPanel';

/** What it takes of its field's props (any document or liveness field passes its own). */
export interface HandoffOfferProps {
  question: Question;
  id: string;
  value: unknown;
  onValueChange: (value: never) => void;
  applicationUuid: string;
  disabled?: boolean | undefined;
}

export function HandoffOffer(props: HandoffOfferProps) {
  const { question, id, value, onValueChange, applicationUuid, disabled } = props;
  const { t, handoff } = useKyc();
  const state = useHandoff({ question, applicationUuid, value, onValueChange });
  if (!handoff || !state.host || disabled) return null;
  if (!state.open) {
    return (
      <div className="kyc-handoff-offer">
        <button
          type="button"
          className="kyc-button kyc-button--secondary"
          aria-expanded="false"
          aria-controls={`${id}-handoff`}
          onClick={() => state.setOpen(true)}
        >
          {t('handoff.offer')}
        </button>
      </div>
    );
  }
  return (
    <HandoffPanel
      id={`${id}-handoff`}
      applicationUuid={applicationUuid}
      createLink={handoff.createLink}
      done={state.done}
      onClose={() => state.setOpen(false)}
    />
  );
}
