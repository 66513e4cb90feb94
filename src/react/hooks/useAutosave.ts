/**
 * Binds the React-free autosave queue to one application: saves go through the API client, the
 * server's answer refreshes the cached application, and leaving the page with unsaved answers warns.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { createAutosaveQueue } from '../../core/autosaveQueue';
import type { Application } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import type { AutosaveSettings } from '../context/callbacks';
import { kycKeys } from '../queries';

export type AutosaveQueue = ReturnType<typeof createAutosaveQueue>;

export function useAutosaveQueue(applicationUuid: string, settings: AutosaveSettings = {}): AutosaveQueue {
  const { client, emit } = useKyc();
  const queryClient = useQueryClient();
  const [queue] = useState(() =>
    createAutosaveQueue({
      ...settings,
      save: async (changes, { signCodes, signal }) => {
        const application = await client.updateApplication(applicationUuid, changes, signCodes, { signal });
        queryClient.setQueryData<Application>(kycKeys.application(client, applicationUuid), application);
        emit({ type: 'answers_saved', keys: changes.map((change) => change.key) });
        return application;
      },
    }),
  );

  useEffect(() => {
    function warn(event: BeforeUnloadEvent) {
      if (!queue.hasUnsaved()) return;
      event.preventDefault();
      event.returnValue = '';
    }
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [queue]);

  // On unmount, save what is pending now rather than drop it (StrictMode-safe: flushing twice is harmless).
  useEffect(() => () => void queue.flush().catch(() => undefined), [queue]);
  return queue;
}

/** The queue's state, re-rendering only the component that reads it. */
export function useAutosaveState(queue: AutosaveQueue) {
  return useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);
}

/** The server's messages for one attribute, re-rendering only when they change. */
export function useAttributeErrors(queue: AutosaveQueue, key: string): string | undefined {
  const select = () => queue.getSnapshot().errorsByKey[key]?.join(' ') || undefined;
  return useSyncExternalStore(queue.subscribe, select, select);
}
