/**
 * The questionnaire's code prompt: the submission controller's open prompt as a modal dialog, naming the
 * questions each code confirms. It closes when the client navigates (Back, or any other change of step
 * or screen), leaving the signed answers unsaved, as Cancel does.
 */
import { useEffect, useRef } from 'react';
import type { Application } from '../../core/schemas';
import { destinationAttribute } from '../../core/signature';
import type { SubmissionController, SubmissionSnapshot, SubmitOutcome } from '../../core/submission';
import { SignatureDialog } from './SignatureDialog';

export interface SignaturePromptProps {
  controller: SubmissionController;
  signing: SubmissionSnapshot['signing'];
  application: Application;
  /** Where the client is (view and step): a change closes the prompt. */
  place: string;
  /** What a confirmation led to, for the screen to follow. */
  onOutcome: (outcome: SubmitOutcome) => void;
}

export function SignaturePrompt({ controller, signing, application, place, onOutcome }: SignaturePromptProps) {
  const shownAt = useRef(place);
  useEffect(() => {
    if (shownAt.current === place) return;
    shownAt.current = place;
    controller.cancelSignature();
  }, [place, controller]);

  if (!signing) return null;
  const titleOf = (key: string) =>
    application.kyc_steps.flatMap((step) => step.questions).find((question) => question.attribute.key === key)?.title;
  // Where a code goes when the request names no new destination: the phone or e-mail on file.
  const contactOf = (provider: 'sms' | 'email') => {
    const value = destinationAttribute(application, provider)?.value;
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  return (
    <SignatureDialog
      signing={signing}
      titleOf={titleOf}
      contactOf={contactOf}
      onResend={(provider) => controller.resendCode(provider)}
      onCancel={() => controller.cancelSignature()}
      onConfirm={async (codes) => {
        const outcome = await controller.confirmSignature(codes);
        onOutcome(outcome);
        return outcome;
      }}
    />
  );
}
