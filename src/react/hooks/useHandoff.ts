/**
 * "Continue on your phone" for one document or liveness field (`core/handoffFollow.ts` decides): whether
 * this field hosts the offer (the step's first such question, on a desktop, with the partner's `handoff`
 * option), whether the step's panel is open (shared by the step's fields; each step has its own), and,
 * while it is open and the tab is visible, the application read again with growing pauses: an answer from
 * the phone is shown in a field with none (never over the desktop's own, saved or not), without being
 * saved again by the desktop (in the questionnaire; a field in a partner's own layout gets it through
 * `onValueChange`), and the host tells when the step is done.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { KycClient } from '../../core/client';
import {
  arrivedAnswer,
  createHandoffState,
  handoffHostKey,
  handoffPollDelay,
  handoffStepDone,
  type HandoffState,
} from '../../core/handoffFollow';
import type { Application, Question } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { useOptionalApplicationForm } from '../flow/ApplicationFormContext';
import { applicationQuery, kycKeys } from '../queries';
import { useCoarsePointer } from './useCoarsePointer';
import { useLatest } from './useLatest';

/** One hand-off state per API client, so per `<KycProvider>`. */
const states = new WeakMap<KycClient, HandoffState>();

function subscribeVisibility(onChange: () => void): () => void {
  if (typeof document === 'undefined') return () => {};
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}
const isHidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

const stepQuestionsOf = (key: string) => (application: Application) =>
  application.kyc_steps.find((step) => step.questions.some((q) => q.attribute.key === key))?.questions ?? [];

export interface UseHandoffOptions {
  question: Question;
  applicationUuid: string;
  value: unknown;
  onValueChange: (value: never) => void;
}

export function useHandoff({ question, applicationUuid, value, onValueChange }: UseHandoffOptions) {
  const { client, handoff, emit } = useKyc();
  const queryClient = useQueryClient();
  let state = states.get(client);
  if (!state) {
    state = createHandoffState();
    states.set(client, state);
  }
  const shared = state;
  useSyncExternalStore(shared.subscribe, shared.getVersion, shared.getVersion);
  const hidden = useSyncExternalStore(subscribeVisibility, isHidden, () => false);
  const coarse = useCoarsePointer();
  const key = question.attribute.key;
  const { data: stepQuestions = [] } = useQuery({
    ...applicationQuery(client, applicationUuid),
    enabled: false,
    select: stepQuestionsOf(key),
  });
  const hostKey = handoffHostKey(stepQuestions);
  const host = handoff !== undefined && !coarse && hostKey === key;
  // The panel belongs to its step: the next step does not open it (nor mint a link) by itself.
  const slot = `${applicationUuid} ${hostKey ?? key}`;
  const open = handoff !== undefined && shared.isOpen(slot);

  const attempt = useRef(0);
  const { data: fresh } = useQuery({
    queryKey: [...kycKeys.application(client, applicationUuid), 'handoff'],
    queryFn: ({ signal }) => client.getApplication(applicationUuid, { emptyVolatileFields: true, signal }),
    enabled: open && !hidden,
    refetchInterval: () => handoffPollDelay(attempt.current++),
    refetchIntervalInBackground: false,
    staleTime: 0,
    gcTime: 0,
  });

  // In the questionnaire an arrived answer is only shown: the server holds it, so nothing is saved again.
  const form = useOptionalApplicationForm();
  const latest = useLatest({ value, onValueChange, form });
  useEffect(() => {
    if (!fresh || !open) return;
    const { form: shared, value: onScreen } = latest.current;
    const unsaved = shared?.queue.pendingValue(key) !== undefined; // the desktop's own, still being saved
    const arrived = arrivedAnswer(fresh, key, onScreen, unsaved);
    if (!arrived) return;
    attempt.current = 0; // something moves on the phone: look again soon
    if (shared) shared.showServerAnswer(key, arrived.value);
    else latest.current.onValueChange(arrived.value as never);
  }, [fresh, open, key, latest]);

  const stepKeys = stepQuestions.map((q) => q.attribute.key);
  const done = host && fresh !== undefined && handoffStepDone(fresh, stepKeys);
  useEffect(() => {
    if (!done || !fresh) return;
    // The liveness field and the step's other fields read the application the widget holds.
    queryClient.setQueryData(kycKeys.application(client, applicationUuid), fresh);
    emit({ type: 'handoff_completed', applicationUuid, keys: stepKeys.filter((k) => k !== undefined) });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the step becomes done
  }, [done]);

  return {
    /** This field shows the offer and the panel. */
    host,
    open,
    done,
    setOpen: (next: boolean) => {
      attempt.current = 0;
      shared.setOpen(slot, next);
    },
  };
}
