/**
 * What `<ApplicationForm>` shares with its questions (`ApplicationFormContext`), kept stable between
 * renders so a question re-renders only when something it reads changes.
 */
import { useCallback, useMemo } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CurrentLegalDocuments } from '../../core/answerRules';
import { formFieldOf } from '../../core/answers';
import { correctionsFor } from '../../core/flow';
import type { Application } from '../../core/schemas';
import type { AutosaveQueue } from '../hooks/useAutosave';
import { useLatest } from '../hooks/useLatest';
import type { ApplicationFormContextValue } from './ApplicationFormContext';

export interface FormContextInput {
  application: Application;
  form: UseFormReturn<Record<string, unknown>>;
  queue: AutosaveQueue;
  idPrefix: string;
  revealed: number;
  current: CurrentLegalDocuments;
}

export function useFormContextValue(input: FormContextInput): ApplicationFormContextValue {
  const { application, form, queue, idPrefix, revealed, current } = input;
  const uuid = application.uuid;
  const notes = useMemo(
    () => new Map(correctionsFor(application).corrections.map((item) => [item.question.attribute.key, item.note])),
    [application],
  );
  const latestSteps = useLatest(application.kyc_steps);
  const stepQuestionsOf = useCallback(
    (key: string) =>
      latestSteps.current.find((candidate) => candidate.questions.some((q) => q.attribute.key === key))?.questions ??
      [],
    [latestSteps],
  );
  // An answer the server holds already (the phone saved it) is shown, never saved again.
  const { setValue } = form;
  const showServerAnswer = useCallback((key: string, value: unknown) => setValue(formFieldOf(key), value), [setValue]);
  return useMemo<ApplicationFormContextValue>(
    () => ({
      applicationUuid: uuid,
      idPrefix,
      notes,
      queue,
      revealed,
      stepQuestionsOf,
      currentLegalDocuments: current,
      showServerAnswer,
    }),
    [uuid, idPrefix, notes, queue, revealed, stepQuestionsOf, current, showServerAnswer],
  );
}
