/** `Sandbox.inspect`: what the engine holds about one application, in plain data. */
import type { EngineContext } from './state';
import type { ApplicationSnapshot } from './types';
import { settle } from './decisions';
import { storedValue } from './render';

export function snapshot(ctx: EngineContext, applicationUuid: string): ApplicationSnapshot | undefined {
  const app = ctx.state.applications.get(applicationUuid.toLowerCase());
  const client = app ? ctx.state.clients.get(app.clientKey) : undefined;
  if (!app || !client) return undefined;
  settle(ctx, app);
  const answers: Record<string, unknown> = {};
  for (const key of app.answers.keys()) answers[key] = storedValue(ctx, app, key);
  return {
    uuid: app.uuid,
    clientUuid: client.clientUuid,
    status: app.status,
    answers,
    documents: [...ctx.state.documents.values()]
      .filter((document) => document.clientKey === app.clientKey)
      .map((document) => ({
        uuid: document.uuid,
        attributeKey: document.attributeKey,
        fileUuids: [...document.fileUuids],
      })),
    files: [...ctx.state.files.values()]
      .filter((file) => file.clientKey === app.clientKey)
      .map((file) => ({ uuid: file.uuid, name: file.name, size: file.size, contentType: file.contentType })),
    patchCount: app.patchCount,
    sendToReviewCount: app.sendToReviewCount,
  };
}
