/**
 * Another tab or device may have changed answers since this one loaded them. `check()` reads the
 * application again, puts the server's value in place of each answer this tab did not change itself
 * (`core/staleAnswers.ts`), and keeps the list so the client is told which answers changed.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { answersByKey, formFieldOf } from '../../core/answers';
import type { AutosaveQueue } from '../../core/autosaveTypes';
import type { Application } from '../../core/schemas';
import { staleAnswers, type StaleAnswer } from '../../core/staleAnswers';
import { useKyc } from '../context/KycContext';
import { kycKeys } from '../queries';

export function useFreshAnswers(
  application: Application,
  form: UseFormReturn<Record<string, unknown>>,
  queue: AutosaveQueue,
) {
  const { client } = useKyc();
  const queryClient = useQueryClient();
  const [changed, setChanged] = useState<StaleAnswer[]>([]);

  const check = useCallback(async (): Promise<StaleAnswer[]> => {
    let fresh: Application;
    try {
      fresh = await client.getApplication(application.uuid, { emptyVolatileFields: true });
    } catch {
      return []; // nothing new is known; a send that cannot reach the server says so itself
    }
    const state = queue.getSnapshot();
    const unsaved = new Set([...state.pendingKeys, ...state.savingKeys, ...(state.signatureNeeded?.keys ?? [])]);
    const stale = staleAnswers(fresh, answersByKey(application, form.getValues()), unsaved);
    for (const answer of stale) form.setValue(formFieldOf(answer.key), answer.value);
    queryClient.setQueryData(kycKeys.application(client, application.uuid), fresh);
    if (stale.length) setChanged(stale); // an earlier notice stays until the client sends
    return stale;
  }, [client, queryClient, application, form, queue]);

  return { changed, check };
}
