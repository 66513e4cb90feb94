/** What the questions of one application share: its uuid, the autosave queue and whether errors show. */
import { createContext, useContext } from 'react';
import type { AutosaveQueue } from '../hooks/useAutosave';

export interface ApplicationFormContextValue {
  applicationUuid: string;
  queue: AutosaveQueue;
  /** True when the application cannot be edited (in review or decided). */
  readOnly: boolean;
  /** Show every client-side error, not only those of fields the client has left (after Continue). */
  revealErrors: boolean;
}

export const ApplicationFormContext = createContext<ApplicationFormContextValue | null>(null);

export function useApplicationForm(): ApplicationFormContextValue {
  const value = useContext(ApplicationFormContext);
  if (!value) throw new Error('useApplicationForm must be used inside <KycFlow> (or <ApplicationForm>).');
  return value;
}
