/**
 * What the questions of one application share: its uuid, the autosave queue, the legal documents
 * published now and whether errors show.
 */
import { createContext, useContext } from 'react';
import type { CurrentLegalDocuments } from '../../core/answerRules';
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
  /** The legal documents published now, as far as read: an earlier version's acceptance is no answer. */
  currentLegalDocuments: CurrentLegalDocuments;
  /**
   * Shows an answer the server already holds (one the phone saved during a hand-off) in the form
   * without saving it again.
   */
  showServerAnswer: (key: string, value: unknown) => void;
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

/** The questionnaire's shared state, or null outside `<ApplicationForm>` (a field in a partner's own layout). */
export function useOptionalApplicationForm(): ApplicationFormContextValue | null {
  return useContext(ApplicationFormContext);
}
