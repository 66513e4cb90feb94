/**
 * The questionnaire of an editable application (draft, or corrections asked): steps, summary, codes
 * and send-to-review. Answers live in react-hook-form; saving is the autosave queue's job; sending is
 * the submission controller's (`core/submission.ts`); which problems block a step, `core/fieldProblem.ts`.
 */
import { useEffect, useId, useReducer } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { answersByKey, formFieldOf, formValuesOf } from '../../core/answers';
import { problemsOf } from '../../core/fieldProblem';
import { correctionSteps } from '../../core/flow';
import type { FormScreen } from '../../core/screen';
import type { Application } from '../../core/schemas';
import type { SubmitOutcome } from '../../core/submission';
import { useKyc } from '../context/KycContext';
import { useAutosaveQueue } from '../hooks/useAutosave';
import { useCurrentLegalDocuments } from '../hooks/useCurrentLegalDocuments';
import { useSubmission } from '../hooks/useSubmission';
import { useFreshAnswers } from '../hooks/useFreshAnswers';
import { ApplicationFormContext } from './ApplicationFormContext';
import { ChangedElsewhereNotice } from './ChangedElsewhereNotice';
import { CorrectionsScreen } from './CorrectionsScreen';
import { flowReducer, initialFlowState } from './flowReducer';
import { FormSaveStatus } from './FormSaveStatus';
import { ReviewSummary } from './ReviewSummary';
import { SignaturePrompt } from './SignaturePrompt';
import { StepScreen } from './StepScreen';
import { useFormContextValue } from './useFormContextValue';

export interface ApplicationFormProps {
  application: Application;
  /** Where the application opens (`screenFor`). */
  screen: FormScreen;
}

export function ApplicationForm({ application, screen }: ApplicationFormProps) {
  const { emit, report, autosave } = useKyc();
  const uuid = application.uuid;
  const form = useForm<Record<string, unknown>>({ defaultValues: formValuesOf(application), mode: 'onTouched' });
  const queue = useAutosaveQueue(uuid, autosave);
  const steps = application.kyc_steps;
  const [state, dispatch] = useReducer(flowReducer, screen, initialFlowState);
  const onSummary = state.view === 'summary';
  // The summary reads the legal documents itself: its Send must know them though no field is on screen.
  const current = useCurrentLegalDocuments(application, onSummary);
  const overrides = () => answersByKey(application, form.getValues());
  const fresh = useFreshAnswers(application, form, queue);
  const { check } = fresh;
  // Changed since the summary was shown (another tab): Send holds, and the client looks first.
  const changedElsewhere = async () => (await check()).length > 0;
  const { controller, snapshot } = useSubmission(queue, application, { overrides, current, changedElsewhere });
  const idPrefix = useId();

  // Another tab may have changed answers: the summary shows the server's, and says which.
  useEffect(() => {
    if (onSummary) void check();
  }, [onSummary, check]);

  const send = async () => follow(await controller.submit());

  useEffect(() => {
    const index = state.view === 'form' ? state.step : steps.length;
    emit({ type: 'step_changed', index, total: steps.length });
    report.stepChanged({ applicationUuid: uuid, index, total: steps.length, view: state.view });
  }, [state.view, state.step, steps.length, uuid, emit, report]);

  function follow(outcome: SubmitOutcome) {
    if (outcome.kind === 'incomplete') dispatch({ type: 'show_problems', step: outcome.missing[0]?.stepIndex ?? 0 });
    if (outcome.kind === 'signed' && outcome.thenContinue) dispatch({ type: 'next', stepCount: steps.length });
    if (outcome.kind === 'failed' && outcome.failure.reason === 'request') {
      report.failed(outcome.failure.error, 'send_to_review');
    }
  }

  function onContinue() {
    const questions = steps[state.step]?.questions ?? [];
    if (problemsOf(questions, (key) => form.getValues(formFieldOf(key)), queue.getSnapshot(), current).length) {
      return dispatch({ type: 'reveal_errors' });
    }
    const next = flowReducer(state, { type: 'next', stepCount: steps.length }); // codes for the summary: on Send
    if (controller.requestSignature(next.view === 'summary' ? 'enter_summary' : 'leave_step')) return;
    void queue.flush().catch(() => undefined);
    dispatch({ type: 'next', stepCount: steps.length });
  }

  const context = useFormContextValue({ application, form, queue, idPrefix, revealed: state.revealed, current });

  const step = steps[state.step];
  const correct = (index: number) => {
    const toFix = correctionSteps(application);
    dispatch({
      type: 'open_step',
      step: index,
      ...(toFix.length ? { route: { steps: toFix, from: 'corrections' } } : {}),
    });
  };
  const change = (index: number) =>
    dispatch({ type: 'open_step', step: index, route: { steps: [index], from: 'summary' } });
  return (
    <FormProvider {...form}>
      <ApplicationFormContext.Provider value={context}>
        <form className="kyc-form" data-application-uuid={uuid} noValidate onSubmit={(event) => event.preventDefault()}>
          {state.view === 'corrections' ? (
            <CorrectionsScreen application={application} onCorrect={correct} />
          ) : state.view === 'summary' ? (
            <>
              <ChangedElsewhereNotice changed={fresh.changed} />
              <ReviewSummary
                application={application}
                submitting={snapshot.sending}
                failure={snapshot.failure}
                onEdit={change}
                onBack={() => dispatch({ type: 'back' })}
                onSubmit={() => void send()}
              />
            </>
          ) : step ? (
            <StepScreen
              step={step}
              index={state.step}
              total={steps.length}
              onBack={state.step > 0 ? () => dispatch({ type: 'back' }) : undefined}
              onContinue={onContinue}
              isLast={state.step === steps.length - 1}
            />
          ) : null}
          <SignaturePrompt
            controller={controller}
            signing={snapshot.signing}
            application={application}
            place={`${state.view}:${state.step}`}
            onOutcome={follow}
          />
          <FormSaveStatus queue={queue} view={state.view} onSign={() => controller.requestSignature('confirm')} />
        </form>
      </ApplicationFormContext.Provider>
    </FormProvider>
  );
}
