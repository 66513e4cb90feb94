/**
 * The phone's side of "Continue on your phone": for the partner's page the link opens (its widget sends
 * the link's token, e.g. `getHeaders={() => ({ 'X-Kyc-Handoff': token })}`). It shows only the steps left
 * to do there, documents and liveness checks, with the widget's own fields, saves each answer as it
 * comes, and once they are done says the customer can go back to their computer.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { fieldKind } from '../../core/attributes';
import { documentKindOf, keysOfKind } from '../../core/documentChoice';
import { handoffStepDone, isHandoffQuestion } from '../../core/handoffFollow';
import type { Application, Question } from '../../core/schemas';
import { useKyc } from '../context/KycContext';
import { applicationQuery, kycKeys, levelInfoQuery } from '../queries';
import { renderField } from './fieldForKind';

/** Props of `<HandoffPhone>`, the phone's page of a hand-off. */
export interface HandoffPhoneProps {
  /** The application the link is for; default: the client's last one (from its level info). */
  applicationUuid?: string | undefined;
}

/** The steps of `application` with a document or liveness question the phone has still to do. */
function stepsLeft(application: Application) {
  return application.kyc_steps.filter(
    (step) =>
      step.questions.some(isHandoffQuestion) &&
      !handoffStepDone(
        application,
        step.questions.map((q) => q.attribute.key),
      ),
  );
}

/**
 * The phone's page of "Continue on your phone", inside `<KycProvider>` whose `getHeaders` sends the
 * link's hand-off token.
 *
 * @example
 * <KycProvider apiBaseUrl="/kyc" getHeaders={() => ({ 'X-Kyc-Handoff': token })}>
 *   <HandoffPhone />
 * </KycProvider>
 */
export function HandoffPhone({ applicationUuid }: HandoffPhoneProps) {
  const { client, components, t, report } = useKyc();
  const queryClient = useQueryClient();
  const info = useQuery({ ...levelInfoQuery(client), enabled: applicationUuid === undefined });
  const uuid = applicationUuid ?? info.data?.last_kyc_application_uuid ?? undefined;
  const app = useQuery({ ...applicationQuery(client, uuid ?? ''), enabled: uuid !== undefined });
  const application = app.data;

  if (info.isError || app.isError) return <p role="alert">{t('flow.error.load')}</p>;
  if (!application || uuid === undefined) return <p role="status">{t('flow.loading')}</p>;

  const save = (key: string, value: unknown) => {
    client
      .updateApplication(uuid, [{ key, value }])
      .then((fresh) => queryClient.setQueryData(kycKeys.application(client, uuid), fresh))
      .catch((error: unknown) => report.failed(error, 'save'));
  };
  const steps = stepsLeft(application);
  if (steps.length === 0) {
    return (
      <div className="kyc-handoff-phone" role="status">
        <h2>{t('handoff.phoneDoneTitle')}</h2>
        <p>{t('handoff.phoneDone')}</p>
      </div>
    );
  }
  const valueOf = (key: string) =>
    application.kyc_steps.flatMap((s) => s.questions).find((q) => q.attribute.key === key)?.attribute.value;
  const backOf = (question: Question) => {
    const kind = documentKindOf(question.attribute.key);
    const back = kind ? keysOfKind(kind).back : null;
    return back && back !== question.attribute.key ? back : null;
  };

  return (
    <div className="kyc-handoff-phone">
      {steps.map((step) => (
        <section key={step.title} className="kyc-step" aria-label={step.title}>
          <h2>{step.title}</h2>
          {step.questions.filter(isHandoffQuestion).map((question) => {
            const key = question.attribute.key;
            const back = backOf(question);
            return (
              <div key={key} className="kyc-field-row">
                {renderField(fieldKind(question.attribute), components, {
                  question,
                  id: `kyc-phone-${key}`,
                  value: question.attribute.value ?? null,
                  onValueChange: (value) => save(key, value),
                  applicationUuid: uuid,
                  ...(back ? { pairedValue: valueOf(back) ?? null, onPairedValueChange: save } : {}),
                })}
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
