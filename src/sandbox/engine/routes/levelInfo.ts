/** `GET /v1/clients/kyc-level-info/` and `POST` (create an application). */
import type { RouteHandler } from '../router';
import { requireClient } from '../access';
import { conflict, fieldError, isUuid, json, readObject, REQUIRED } from '../drf';
import { createApplicationRecord } from '../applications';
import { availableLevels, levelInfo, refusalReason } from '../levels';
import { levelTemplate } from '../questionnaire';
import { parseVolatile, renderApplication } from '../render';

export const getLevelInfo: RouteHandler = ({ ctx, url }) => {
  const client = requireClient(ctx, url);
  if (!client.ok) return client.response;
  return json(200, levelInfo(ctx, client.value));
};

export const createApplication: RouteHandler = async ({ ctx, request, url }) => {
  const client = requireClient(ctx, url);
  if (!client.ok) return client.response;
  const volatile = parseVolatile(url);
  if (!volatile.ok) return volatile.response;
  const body = await readObject(request);
  if (!body.ok) return body.response;
  const levelUuid = body.body.kyc_level_uuid;
  if (levelUuid === undefined || levelUuid === null || levelUuid === '') return fieldError('kyc_level_uuid', REQUIRED);
  if (!isUuid(levelUuid)) return fieldError('kyc_level_uuid', 'Must be a valid UUID.');
  if (!levelTemplate(levelUuid.toLowerCase())) {
    return fieldError('kyc_level_uuid', `Invalid pk "${levelUuid}" - object does not exist.`);
  }
  if (!availableLevels(client.value).some((level) => level.uuid === levelUuid.toLowerCase())) {
    return fieldError('kyc_level_uuid', 'This KYC level is not available to this client.');
  }
  const refusal = refusalReason(ctx, client.value);
  if (refusal !== null) return conflict(refusal);
  const app = createApplicationRecord(ctx, client.value, levelUuid.toLowerCase());
  return json(201, renderApplication(ctx, app, volatile.volatile));
};
