/**
 * What the autosave queue knows about one answer (server refusal, refused code), re-rendering only the
 * question it belongs to when that changes — not every question on each save.
 */
import { useSyncExternalStore } from 'react';
import type { AutosaveQueue } from '../../core/autosaveTypes';
import type { AutosaveFacts } from '../../core/fieldProblem';
import { autosaveFactsOf } from '../../core/fieldProblem';

export function useAutosaveFacts(queue: AutosaveQueue, key: string): AutosaveFacts {
  const errors = () => autosaveFactsOf(queue.getSnapshot(), key).serverErrors;
  const refused = () => autosaveFactsOf(queue.getSnapshot(), key).signatureRefused;
  const serverErrors = useSyncExternalStore(queue.subscribe, errors, errors);
  const signatureRefused = useSyncExternalStore(queue.subscribe, refused, refused);
  return { serverErrors, signatureRefused };
}
