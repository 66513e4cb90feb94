/**
 * The questionnaire of an editable application (draft, or pending corrections): steps, summary,
 * signatures and send-to-review. Answers live in react-hook-form; saving is the autosave queue's job.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { answersOf } from '../../core/answers';
import { KycSignatureRequiredError, isKycError } from '../../core/errors';
import { fieldKind } from '../../core/attributes';
import { firstIncompleteStepIndex, isQuestionAnswered, missingRequired } from '../../core/flow';
import { planSignature } from '../../core/signature';
import type { SignCodes } from '../../core/client';
import type { Application, Question } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { useAutosaveQueue } from '../hooks/useAutosave';
import { kycKeys } from '../queries';
import { ApplicationFormContext, type ApplicationFormContextValue } from './ApplicationFormContext';
import { flowReducer, initialFlowState } from './flowReducer';
import { checkAnswer } from './checkAnswer';
import { ReviewSummary } from './ReviewSummary';
import { SaveStatus } from './SaveStatus';
import { SignatureDialog, type SignatureRequest } from './SignatureDialog';
import { StatusScreen } from './StatusScreen';
import { StepScreen, type StepProblem } from './StepScreen';

export interface ApplicationFormProps {
  application: Application;
}

type Signing = { purpose: 'save' | 'review'; requests: SignatureRequest[]; thenContinue?: boolean };

export function ApplicationForm({ application }: ApplicationFormProps) {
  const { client, t, emit, report, autosave } = useKyc();
  const queryClient = useQueryClient();
  const uuid = application.uuid;
  const form = useForm<Record<string, unknown>>({ defaultValues: answersOf(application), mode: 'onTouched' });
  const queue = useAutosaveQueue(uuid, autosave);
  const steps = application.kyc_steps;
  const [state, dispatch] = useReducer(flowReducer, undefined, () =>
    application.status === 'pending'
      ? { view: 'status' as const, step: 0, revealErrors: false }
      : initialFlowState(steps.length, firstIncompleteStepIndex(application), true),
  );
  const [problems, setProblems] = useState<StepProblem[]>([]);
  const [signing, setSigning] = useState<Signing | null>(null);
  const [submitError, setSubmitError] = useState<string>();
  const sending = useRef(false);

  useEffect(() => {
    const index = state.view === 'form' ? state.step : steps.length;
    emit({ type: 'step_changed', index, total: steps.length });
    report.stepChanged({ applicationUuid: uuid, index, total: steps.length, view: state.view });
  }, [state.view, state.step, steps.length, uuid, emit, report]);

  const overrides = () => new Map(Object.entries(form.getValues()));

  function problemsOf(questions: Question[]): StepProblem[] {
    const values = form.getValues();
    const serverErrors = queue.getSnapshot().errorsByKey;
    return questions.flatMap((question) => {
      const { key } = question.attribute;
      const fieldId = `kyc-${uuid.slice(0, 8)}-${key}`;
      const message =
        serverErrors[key]?.join(' ') ||
        checkAnswer(fieldKind(question.attribute), values[key], t) ||
        (question.is_required && !isQuestionAnswered(question, overrides()) ? t('field.required') : undefined);
      return message ? [{ key, fieldId, title: question.title, message }] : [];
    });
  }

  function onContinue() {
    const step = steps[state.step];
    const found = step ? problemsOf(step.questions) : [];
    setProblems(found);
    if (found.length) return dispatch({ type: 'reveal_errors' });
    if (queue.getSnapshot().signatureNeeded) return setSigning(signingForSave(true));
    void queue.flush().catch(() => undefined);
    dispatch({ type: 'next', stepCount: steps.length });
  }

  const sendToReview = useMutation({
    mutationFn: (codes: SignCodes | undefined) => client.sendToReview(uuid, codes),
    onSuccess: (sent) => {
      queryClient.setQueryData(kycKeys.application(client, uuid), sent);
      emit({ type: 'sent_to_review', applicationUuid: uuid });
    },
  });

  async function submit(codes?: SignCodes) {
    if (sending.current) return;
    sending.current = true;
    setSubmitError(undefined);
    try {
      await queue.flush();
      if (queue.getSnapshot().signatureNeeded) {
        setSigning(signingForSave(false));
        return;
      }
      if (queue.hasUnsaved()) throw new Error(t('save.error'));
      const current = queryClient.getQueryData<Application>(kycKeys.application(client, uuid)) ?? application;
      const missing = missingRequired(current, overrides());
      if (missing.length) {
        dispatch({ type: 'open_step', step: missing[0]?.stepIndex ?? 0 });
        setProblems(problemsOf(steps[missing[0]?.stepIndex ?? 0]?.questions ?? []));
        dispatch({ type: 'reveal_errors' });
        return;
      }
      await sendToReview.mutateAsync(codes);
      setSigning(null);
    } catch (error) {
      if (error instanceof KycSignatureRequiredError) {
        if (codes) throw error; // the dialog shows "code not valid"
        setSigning({ purpose: 'review', requests: error.providers.map((provider) => ({ provider })) });
        return;
      }
      setSubmitError(isKycError(error) ? error.message : error instanceof Error ? error.message : t('flow.error.load'));
      report.failed(error, 'send_to_review');
    } finally {
      sending.current = false;
    }
  }

  /** The codes the pending signed answers need, fixed when the dialog opens. */
  function signingForSave(thenContinue: boolean): Signing {
    const requests = planSignature(queue.signedChanges(), application).map(({ provider, destination }) => ({
      provider,
      destination,
    }));
    return { purpose: 'save', requests, thenContinue };
  }

  const context = useMemo<ApplicationFormContextValue>(
    () => ({ applicationUuid: uuid, queue, readOnly: false, revealErrors: state.revealErrors }),
    [uuid, queue, state.revealErrors],
  );

  const step = steps[state.step];
  return (
    <FormProvider {...form}>
      <ApplicationFormContext.Provider value={context}>
        <form className="kyc-form" data-application-uuid={uuid} noValidate onSubmit={(event) => event.preventDefault()}>
          {state.view === 'status' ? (
            <StatusScreen
              application={application}
              canStartNew={false}
              onStartNew={() => undefined}
              onCorrect={(index) => dispatch({ type: 'open_step', step: index })}
            />
          ) : state.view === 'summary' ? (
            <ReviewSummary
              application={application}
              missingKeys={missingRequired(application, overrides()).map((ref) => ref.question.attribute.key)}
              submitting={sendToReview.isPending}
              submitError={submitError}
              onEdit={(index) => dispatch({ type: 'open_step', step: index })}
              onBack={() => dispatch({ type: 'back' })}
              onSubmit={() => void submit()}
            />
          ) : step ? (
            <StepScreen
              step={step}
              index={state.step}
              total={steps.length}
              problems={state.revealErrors ? problems : []}
              onBack={state.step > 0 ? () => dispatch({ type: 'back' }) : undefined}
              onContinue={onContinue}
              isLast={state.step === steps.length - 1}
            />
          ) : null}
          {signing && signing.requests.length ? (
            <SignatureDialog
              applicationUuid={uuid}
              requests={signing.requests}
              onCancel={() => setSigning(null)}
              onConfirm={async (codes) => {
                if (signing.purpose === 'review') return submit(codes);
                if (!(await queue.sign(codes))) {
                  const snapshot = queue.getSnapshot();
                  throw snapshot.signatureNeeded?.error ?? snapshot.lastError ?? new Error(t('save.error'));
                }
                setSigning(null);
                if (signing.thenContinue) dispatch({ type: 'next', stepCount: steps.length });
              }}
            />
          ) : null}
          {state.view !== 'status' ? (
            <SaveStatus queue={queue} onSign={() => setSigning(signingForSave(false))} />
          ) : null}
        </form>
      </ApplicationFormContext.Provider>
    </FormProvider>
  );
}
