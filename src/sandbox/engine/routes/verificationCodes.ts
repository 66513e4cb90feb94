/** `POST /v1/verification-codes/`: send a signature code (the sandbox code is always 111111). */
import type { SignProvider } from '../../../core/schemas';
import type { RouteHandler } from '../router';
import { validateAnswer } from '../../../core/answerRules';
import { requireClient } from '../access';
import { INVALID_UUID, REQUIRED, isUuid, json, readObject } from '../drf';
import { levelTemplate, questionsOf } from '../questionnaire';
import { CODE_LIFETIME_MS, DESTINATION_TYPE } from '../signatures';
import { isoTime } from '../state';
import { settle } from '../decisions';

export const createVerificationCode: RouteHandler = async ({ ctx, request, url }) => {
  const access = requireClient(ctx, url);
  if (!access.ok) return access.response;
  const client = access.value;
  const body = await readObject(request);
  if (!body.ok) return body.response;
  const { legal_entity_uuid: legalEntity, object_uuid: objectUuid, provider_type: provider, destination } = body.body;

  const errors: Record<string, string[]> = {};
  if (legalEntity === undefined || legalEntity === null || legalEntity === '') errors.legal_entity_uuid = [REQUIRED];
  else if (!isUuid(legalEntity)) errors.legal_entity_uuid = [INVALID_UUID];
  else if (legalEntity.toLowerCase() !== client.legalEntityUuid) {
    errors.legal_entity_uuid = ['Does not match the legal entity of the query.'];
  }
  const app = isUuid(objectUuid) ? ctx.state.applications.get(objectUuid.toLowerCase()) : undefined;
  if (objectUuid === undefined || objectUuid === null || objectUuid === '') errors.object_uuid = [REQUIRED];
  else if (!isUuid(objectUuid)) errors.object_uuid = [INVALID_UUID];
  else if (!app || app.clientKey !== client.key)
    errors.object_uuid = ['No KYC application of this client has this UUID.'];
  if (provider === undefined || provider === null || provider === '') errors.provider_type = [REQUIRED];
  else if (provider !== 'sms' && provider !== 'email')
    errors.provider_type = [`"${String(provider)}" is not a valid choice.`];
  if (Object.keys(errors).length > 0 || !app) return json(400, errors);

  settle(ctx, app);
  const providerType = provider as SignProvider;
  const destinationType = DESTINATION_TYPE[providerType];
  const what = providerType === 'sms' ? 'phone number' : 'e-mail address';
  let sentTo: string | null = null;
  if (destination === undefined || destination === null || destination === '') {
    if (!hasDestinationOnFile(app.answers, app.levelUuid, destinationType)) {
      return json(400, { destination: [`This field is required: there is no ${what} on file yet.`] });
    }
  } else {
    const problem = validateAnswer(destinationType, destination);
    if (problem !== null || typeof destination !== 'string')
      return json(400, { destination: [problem ?? `Enter a valid ${what}.`] });
    sentTo = destination;
  }

  const now = ctx.now();
  const code = {
    uuid: ctx.random.uuid(),
    applicationUuid: app.uuid,
    provider: providerType,
    destination: sentTo,
    createdAt: now,
    expiresAt: now + CODE_LIFETIME_MS,
    used: false,
  };
  ctx.state.codes.push(code);
  return json(201, { uuid: code.uuid, provider_type: code.provider, expires_at: isoTime(code.expiresAt) });
};

/** Whether the application already holds a phone (or e-mail) answer to send the code to. */
function hasDestinationOnFile(answers: Map<string, unknown>, levelUuid: string, type: 'phone' | 'email'): boolean {
  const template = levelTemplate(levelUuid);
  if (!template) return false;
  return questionsOf(template).some((question) => {
    if (question.attribute.type !== type) return false;
    const value = answers.get(question.attribute.key);
    return typeof value === 'string' && value !== '';
  });
}
