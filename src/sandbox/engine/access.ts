/** Who is calling: the common query (`legal_entity_uuid`, `client_uuid`) and application ownership. */
import type { ApplicationRecord, ClientRecord, EngineContext } from './state';
import { INVALID_UUID, REQUIRED, isUuid, json, notFound } from './drf';
import { settle } from './decisions';
import { getOrCreateClient } from './state';

export type Access<T> = { ok: true; value: T } | { ok: false; response: Response };

/** The calling client from the common query, or a DRF 400 naming every missing or invalid field. */
export function requireClient(ctx: EngineContext, url: URL): Access<ClientRecord> {
  const errors: Record<string, string[]> = {};
  const ids: Record<string, string> = {};
  for (const field of ['legal_entity_uuid', 'client_uuid']) {
    const raw = url.searchParams.get(field);
    if (raw === null || raw === '') errors[field] = [REQUIRED];
    else if (!isUuid(raw)) errors[field] = [INVALID_UUID];
    else ids[field] = raw;
  }
  const legalEntityUuid = ids.legal_entity_uuid;
  const clientUuid = ids.client_uuid;
  if (legalEntityUuid === undefined || clientUuid === undefined) return { ok: false, response: json(400, errors) };
  return { ok: true, value: getOrCreateClient(ctx, legalEntityUuid, clientUuid) };
}

/** An application by uuid, settled; 404 when unknown. */
export function findApplication(ctx: EngineContext, uuid: string): Access<ApplicationRecord> {
  const app = ctx.state.applications.get(uuid.toLowerCase());
  if (!app) return { ok: false, response: notFound() };
  settle(ctx, app);
  return { ok: true, value: app };
}

/** The caller's client and its application `uuid`; 404 when the application belongs to someone else. */
export function requireOwnApplication(
  ctx: EngineContext,
  url: URL,
  uuid: string,
): Access<{ client: ClientRecord; app: ApplicationRecord }> {
  const client = requireClient(ctx, url);
  if (!client.ok) return client;
  const app = findApplication(ctx, uuid);
  if (!app.ok) return app;
  if (app.value.clientKey !== client.value.key) return { ok: false, response: notFound() };
  return { ok: true, value: { client: client.value, app: app.value } };
}
