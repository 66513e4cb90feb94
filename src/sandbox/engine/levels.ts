/** A client's level info: what it has, what it may get, and whether it may create an application now. */
import type { Level, LevelInfo } from '../../core/schemas';
import type { ApplicationRecord, ClientRecord, EngineContext } from './state';
import { LEVELS } from './questionnaire';
import { settle } from './decisions';

function currentLevel(client: ClientRecord): Level | null {
  const approved = LEVELS.filter((level) => client.approvedLevelUuids.includes(level.uuid));
  return approved.reduce<Level | null>(
    (best, level) => (best && (best.order ?? 0) >= (level.order ?? 0) ? best : level),
    null,
  );
}

/** Offered levels above the current one, lowest first. */
export function availableLevels(client: ClientRecord): Level[] {
  const floor = currentLevel(client)?.order ?? 0;
  return LEVELS.filter((level) => client.offeredLevelUuids.includes(level.uuid) && (level.order ?? 0) > floor);
}

export function lastApplication(ctx: EngineContext, client: ClientRecord): ApplicationRecord | undefined {
  const uuid = client.applicationUuids.at(-1);
  const app = uuid === undefined ? undefined : ctx.state.applications.get(uuid);
  if (app) settle(ctx, app);
  return app;
}

/** Why the client may not create an application now, or null when it may. */
export function refusalReason(ctx: EngineContext, client: ClientRecord): string | null {
  if (availableLevels(client).length === 0) return 'There is no higher KYC level available to this client.';
  const last = lastApplication(ctx, client);
  if (!last || last.status === 'approved') return null;
  if (last.status === 'rejected') {
    return last.allowNewApplication ? null : 'The last KYC application was rejected and a new one is not allowed.';
  }
  return `The client already has a KYC application in status "${last.status}".`;
}

export function levelInfo(ctx: EngineContext, client: ClientRecord): LevelInfo {
  return {
    current_level: currentLevel(client),
    allowed_to_create_kyc_application: refusalReason(ctx, client) === null,
    available_levels_for_upgrade: availableLevels(client),
    last_kyc_application_uuid: client.applicationUuids.at(-1) ?? null,
  };
}
