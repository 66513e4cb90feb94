/**
 * Binds the core submission controller (`core/submission.ts`) to one open application: it sends codes and
 * the application through the API client (emitting `signature_requested` for each code sent), puts the
 * application in review into the cache (the flow then shows "in review") and emits `sent_to_review`
 * where that happens; a send whose answer was lost is settled by reading the application. Disposed when
 * the questionnaire unmounts.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { CurrentLegalDocuments } from '../../core/answerRules';
import type { AutosaveQueue } from '../../core/autosaveTypes';
import type { ValueOverrides } from '../../core/flow';
import type { Application } from '../../core/schemas';
import { createSubmissionController, type SubmissionController } from '../../core/submission';
import { useKyc } from '../context/KycContext';
import { kycKeys } from '../queries';
import { useLatest } from './useLatest';

/** What the send asks of the form: answers on screen, the legal documents published now, a last look. */
export interface SubmissionInputs {
  overrides: () => ValueOverrides;
  current: CurrentLegalDocuments;
  changedElsewhere: () => Promise<boolean>;
}

export function useSubmission(queue: AutosaveQueue, application: Application, inputs: SubmissionInputs) {
  const { client, emit } = useKyc();
  const queryClient = useQueryClient();
  const latest = useLatest({ queue, application, ...inputs });
  const [controller, setController] = useState(() => create());

  function create(): SubmissionController {
    const uuid = application.uuid;
    const key = kycKeys.application(client, uuid);
    const current = () => latest.current.queue; // the autosave binding may replace its queue (StrictMode)
    return createSubmissionController({
      queue: {
        flush: () => current().flush(),
        getSnapshot: () => current().getSnapshot(),
        hasUnsaved: () => current().hasUnsaved(),
        signedChanges: () => current().signedChanges(),
        sign: (codes) => current().sign(codes),
      },
      getApplication: () => queryClient.getQueryData<Application>(key) ?? latest.current.application,
      getOverrides: () => latest.current.overrides(),
      currentLegalDocuments: (key) => latest.current.current(key),
      beforeSend: () => latest.current.changedElsewhere(),
      sendToReview: (codes) => client.sendToReview(uuid, codes),
      sendCode: async ({ provider, destination }) => {
        await client.sendVerificationCode({ applicationUuid: uuid, provider, destination });
        emit({ type: 'signature_requested', provider });
      },
      // After a lost answer, the server says whether the send went through (never sent twice blindly).
      readApplication: () => client.getApplication(uuid, { emptyVolatileFields: true }),
      onSent: (sent) => {
        queryClient.setQueryData(key, sent);
        emit({ type: 'sent_to_review', applicationUuid: uuid });
      },
    });
  }

  // StrictMode unmounts and mounts again: a disposed controller is replaced, never reused.
  useEffect(() => {
    if (isDisposed(controller)) {
      // Replaced on the next render; that render's effect owns (and later disposes) the new one.
      setController(create());
      return;
    }
    return () => {
      controller.dispose();
      disposed.add(controller);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one controller per mounted form
  }, [controller]);

  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  return { controller, snapshot };
}

const disposed = new WeakSet<SubmissionController>();
const isDisposed = (controller: SubmissionController) => disposed.has(controller);
