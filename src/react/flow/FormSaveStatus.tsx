/**
 * The save status under the questionnaire. On the summary, signed answers waiting for their code are not
 * a task of their own: "Send for review" asks for that code together with the review's, in one prompt.
 */
import { useAutosaveState, type AutosaveQueue } from '../hooks/useAutosave';
import { SaveStatus } from './SaveStatus';

export interface FormSaveStatusProps {
  queue: AutosaveQueue;
  view: 'form' | 'summary' | 'corrections';
  onSign: () => void;
}

export function FormSaveStatus({ queue, view, onSign }: FormSaveStatusProps) {
  const waitingForSend = useAutosaveState(queue).status === 'signature_required' && view === 'summary';
  if (view === 'corrections' || waitingForSend) return null;
  return <SaveStatus queue={queue} onSign={onSign} />;
}
