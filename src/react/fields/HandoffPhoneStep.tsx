/**
 * The step a phone continues (`HandoffPhone`): its title and description and its document and liveness
 * questions with the widget's own fields (a document kind's front side carries its back), each answer
 * saved as it comes; the answer the server keeps replaces the application the page holds.
 */
import { useQueryClient } from '@tanstack/react-query';
import { fieldKind } from '../../core/attributes';
import { documentKindOf, keysOfKind } from '../../core/documentChoice';
import { isHandoffQuestion, phoneRefusal, type PhoneRefusal } from '../../core/handoffFollow';
import type { Application, Question, Step } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { kycKeys } from '../queries';
import { renderField } from './fieldForKind';

export interface HandoffPhoneStepProps {
  application: Application;
  applicationUuid: string;
  step: Step;
  /** A save was refused (the link's token no longer works): the page says so instead of the step. */
  onRefused: (refusal: PhoneRefusal) => void;
}

export function HandoffPhoneStep({ application, applicationUuid, step, onRefused }: HandoffPhoneStepProps) {
  const { client, components, report } = useKyc();
  const queryClient = useQueryClient();
  const save = (key: string, value: unknown) => {
    client
      .updateApplication(applicationUuid, [{ key, value }])
      .then((fresh) => queryClient.setQueryData(kycKeys.application(client, applicationUuid), fresh))
      .catch((error: unknown) => {
        report.failed(error, 'save');
        const refusal = phoneRefusal({ error });
        if (refusal) onRefused(refusal);
      });
  };
  const valueOf = (key: string) =>
    application.kyc_steps.flatMap((s) => s.questions).find((q) => q.attribute.key === key)?.attribute.value;
  const backOf = (question: Question) => {
    const kind = documentKindOf(question.attribute.key);
    const back = kind ? keysOfKind(kind).back : null;
    return back && back !== question.attribute.key ? back : null;
  };
  const id = `kyc-phone-${step.questions[0]?.attribute.key ?? 'step'}`;

  return (
    <div className="kyc-step" role="group" aria-labelledby={`${id}-title`}>
      <h2 className="kyc-step__title" id={`${id}-title`}>
        <bdi>{step.title}</bdi>
      </h2>
      {step.description ? (
        <p className="kyc-step__description" dir="auto">
          {step.description}
        </p>
      ) : null}
      <div className="kyc-step__questions">
        {step.questions.filter(isHandoffQuestion).map((question) => {
          const key = question.attribute.key;
          const back = backOf(question);
          return (
            <div key={key} className="kyc-question" data-key={key}>
              {renderField(fieldKind(question.attribute), components, {
                question,
                id: `kyc-phone-${key}`,
                value: question.attribute.value ?? null,
                onValueChange: (value) => save(key, value),
                applicationUuid,
                ...(back ? { pairedValue: valueOf(back) ?? null, onPairedValueChange: save } : {}),
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
