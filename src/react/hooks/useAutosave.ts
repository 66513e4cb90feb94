/**
 * Binds the React-free autosave queue to one application: saves go through the API client, the
 * server's answer refreshes the cached application, a failure the client notices reaches the partner,
 * and leaving the page with unsaved answers warns.
 *
 * Offline: while the browser says it is offline (`navigator.onLine`, the `offline` event) the queue is
 * paused — answers are kept, nothing is sent, nothing is "Not saved" — and the `online` event resumes
 * it, which saves everything at once. A failure then is reported like any other.
 *
 * Failures: `save_failed` and `onError` (during `save`) come once per failure the client sees, not once
 * per request. A transient failure the queue retries on its own is reported only when the retries are
 * used up (the client then sees "Not saved" and a Retry button); a value the server refused is reported
 * when it is refused (the client sees the server's message at the field). A Retry that fails again is
 * reported again. A signature the server asks for is not a failure (the signature dialog handles it).
 *
 * Lifetime: the queue lives while the component is mounted. On unmount what is pending is saved once
 * (a flush), then the queue is disposed: no timed retry follows, and no event or callback reaches the
 * partner any more (not even for that last save). A disposed queue is never reused: StrictMode's
 * simulated unmount disposes the first queue and the remount makes a new one.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { createAutosaveQueue } from '../../core/autosaveQueue';
import { KycSignatureRequiredError, KycValidationError } from '../../core/errors';
import type { Application } from '../../core/schemas';
import { useKyc, type KycContextValue } from '../context/KycContext';
import type { AutosaveSettings } from '../context/callbacks';
import { kycKeys } from '../queries';
import { useLatest } from './useLatest';

export type AutosaveQueue = ReturnType<typeof createAutosaveQueue>;

interface Binding {
  applicationUuid: string;
  settings: AutosaveSettings;
  kyc: KycContextValue;
  queryClient: QueryClient;
}

/**
 * The autosave queue of one application. `settings` and `applicationUuid` are read when the queue is
 * made (on mount); the client and the partner's callbacks are always the latest.
 */
export function useAutosaveQueue(applicationUuid: string, settings: AutosaveSettings = {}): AutosaveQueue {
  const kyc = useKyc();
  const queryClient = useQueryClient();
  const latest = useLatest<Binding>({ applicationUuid, settings, kyc, queryClient });
  const [bound, setBound] = useState(() => bindQueue(latest));

  useEffect(() => {
    if (bound.disposed()) {
      setBound(bindQueue(latest));
      return;
    }
    return bound.start();
  }, [bound, latest]);

  return bound.queue;
}

/** The queue's state, re-rendering only the component that reads it. */
export function useAutosaveState(queue: AutosaveQueue) {
  return useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);
}

/** A queue and its mounted life: `start()` on mount returns the unmount (flush, then dispose). */
function bindQueue(latest: { readonly current: Binding }) {
  const { applicationUuid, settings } = latest.current;
  /** Events and callbacks reach the partner only between mount and unmount. */
  let live = false;
  let disposed = false;
  /** Keys of the last save that failed, and the last failure reported. */
  let failedKeys: string[] = [];
  let reported: unknown;

  const queue = createAutosaveQueue({
    ...settings,
    save: async (changes, { signCodes, signal }) => {
      const { kyc, queryClient } = latest.current;
      try {
        const application = await kyc.client.updateApplication(applicationUuid, changes, signCodes, { signal });
        queryClient.setQueryData<Application>(kycKeys.application(kyc.client, applicationUuid), application);
        if (live) kyc.emit({ type: 'answers_saved', keys: changes.map((change) => change.key) });
        return application;
      } catch (error) {
        failedKeys = changes.map((change) => change.key);
        throw error;
      }
    },
  });

  /** Reports a failure once the client can see it (see the module comment). */
  function reportFailure() {
    const { status, lastError, errorsByKey } = queue.getSnapshot();
    if (!live || !lastError || lastError === reported || lastError instanceof KycSignatureRequiredError) return;
    const refused = lastError instanceof KycValidationError ? failedKeys.filter((key) => key in errorsByKey) : [];
    if (refused.length === 0 && status !== 'error') return; // retried automatically: not seen yet
    reported = lastError;
    const { emit, report } = latest.current.kyc;
    emit({ type: 'save_failed', keys: refused.length > 0 ? refused : failedKeys, errorKind: lastError.kind });
    report.failed(lastError, 'save');
  }

  function warnBeforeLeaving(event: BeforeUnloadEvent) {
    if (!queue.hasUnsaved()) return;
    event.preventDefault();
    event.returnValue = '';
  }

  return {
    queue,
    disposed: () => disposed,
    start() {
      live = true;
      const unsubscribe = queue.subscribe(reportFailure);
      const pause = () => queue.pause();
      const resume = () => queue.resume();
      window.addEventListener('beforeunload', warnBeforeLeaving);
      window.addEventListener('offline', pause);
      window.addEventListener('online', resume);
      if (navigator.onLine === false) pause();
      // An expired session stops saving with the answers kept; once any call succeeds again, save them.
      const session = latest.current.kyc.client.session;
      let wasExpired = session.getSnapshot().expired;
      const unwatchSession = session.subscribe(() => {
        const { expired } = session.getSnapshot();
        if (wasExpired && !expired && queue.getSnapshot().status === 'error') queue.retry();
        wasExpired = expired;
      });
      return () => {
        live = false;
        unsubscribe();
        unwatchSession();
        window.removeEventListener('beforeunload', warnBeforeLeaving);
        window.removeEventListener('offline', pause);
        window.removeEventListener('online', resume);
        // Save what is pending now rather than drop it, then stop the timers: no retry outlives the widget.
        void queue.flush().catch(() => undefined);
        queue.dispose();
        disposed = true;
      };
    },
  };
}
