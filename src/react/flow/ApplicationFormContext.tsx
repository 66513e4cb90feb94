/** What the questions of one application share: its uuid, the autosave queue and whether errors show. */
import { createContext, useContext } from 'react';
import type { Question } from '../../core/schemas';
import type { AutosaveQueue } from '../hooks/useAutosave';

export interface ApplicationFormContextValue {
  applicationUuid: string;
  /** The questions of the step holding `key` (a question's requiredness can depend on its step). */
  stepQuestionsOf: (key: string) => readonly Question[];
  /** The reviewer's notes by attribute key (corrections asked), shown at their fields. */
  notes: ReadonlyMap<string, string>;
  /** This form's own id prefix (`useId`): element ids never clash with another widget's. */
  idPrefix: string;
  queue: AutosaveQueue;
  /**
   * 0 while problems show only where the client has been; counts up each time Continue reveals every
   * problem of the step (`isProblemShown`'s `revealed`).
   */
  revealed: number;
}

export const ApplicationFormContext = createContext<ApplicationFormContextValue | null>(null);

export function useApplicationForm(): ApplicationFormContextValue {
  const value = useContext(ApplicationFormContext);
  if (!value) throw new Error('useApplicationForm must be used inside <KycFlow> (or <ApplicationForm>).');
  return value;
}
