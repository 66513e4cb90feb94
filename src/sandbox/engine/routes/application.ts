/** `GET /v1/kyc/{uuid}/` and `GET /v1/kyc/{uuid}/attributes/{key}/`. */
import { livenessMode } from '../../../core/attributes';
import type { RouteHandler } from '../router';
import { requireOwnApplication } from '../access';
import { json, notFound } from '../drf';
import { findQuestion, levelTemplate } from '../questionnaire';
import { parseVolatile, renderApplication, renderAttribute } from '../render';
import { parseTtl } from '../tokens';

export const getApplication: RouteHandler = ({ ctx, url, params }) => {
  const access = requireOwnApplication(ctx, url, params.uuid ?? '');
  if (!access.ok) return access.response;
  const volatile = parseVolatile(url);
  if (!volatile.ok) return volatile.response;
  return json(200, renderApplication(ctx, access.value.app, volatile.volatile));
};

/** One attribute; for liveness keys the value is a token (or URL) per `ttl_min`, `ttl_max`, `ttl_renew`. */
export const getAttribute: RouteHandler = ({ ctx, url, params }) => {
  const access = requireOwnApplication(ctx, url, params.uuid ?? '');
  if (!access.ok) return access.response;
  const { app } = access.value;
  const template = levelTemplate(app.levelUuid);
  const question = template ? findQuestion(template, params.key ?? '') : undefined;
  if (!question) return notFound();
  const key = question.attribute.key;
  if (livenessMode({ key }) === null) return json(200, renderAttribute(ctx, app, question, { empty: true }));
  const ttl = parseTtl(url.searchParams);
  if (!ttl.ok) return ttl.response;
  return json(200, renderAttribute(ctx, app, question, { empty: false, origin: url.origin, ttl: { [key]: ttl.ttl } }));
};
