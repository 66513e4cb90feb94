/**
 * Liveness access tokens. A token is bound to one client and application. It is handed out again while
 * it has at least `ttlMin` seconds left; otherwise, or with `renew`, a new one valid `ttlMax` seconds is
 * issued, and the old one stays valid until its own expiry.
 */
import type { ApplicationRecord, EngineContext } from './state';
import type { TokenCheck } from './types';
import { fieldError, parseBoolean } from './drf';

export interface TokenTtl {
  ttlMin: number;
  ttlMax: number;
  renew: boolean;
}

export const DEFAULT_TTL: TokenTtl = { ttlMin: 600, ttlMax: 3600, renew: false };

/**
 * The ttl options from the query (`{prefix}ttl_min`, `{prefix}ttl_max`, `{prefix}ttl_renew`), defaults for
 * absent ones, or a 400 for invalid ones.
 */
export function parseTtl(
  params: URLSearchParams,
  prefix = '',
): { ok: true; ttl: TokenTtl } | { ok: false; response: Response } {
  const ttl = { ...DEFAULT_TTL };
  for (const [name, field] of [
    ['ttl_min', 'ttlMin'],
    ['ttl_max', 'ttlMax'],
  ] as const) {
    const raw = params.get(prefix + name);
    if (raw === null || raw === '') continue;
    if (!/^\d+$/.test(raw)) return { ok: false, response: fieldError(prefix + name, 'A valid integer is required.') };
    ttl[field] = Number(raw);
  }
  if (ttl.ttlMax < 1)
    return { ok: false, response: fieldError(`${prefix}ttl_max`, 'Ensure this value is greater than or equal to 1.') };
  const renew = parseBoolean(params.get(`${prefix}ttl_renew`));
  if (renew === null) return { ok: false, response: fieldError(`${prefix}ttl_renew`, 'Must be a valid boolean.') };
  ttl.renew = renew ?? false;
  return { ok: true, ttl };
}

/** The token to hand out for a liveness attribute of `app`, minting one when needed. */
export function obtainToken(ctx: EngineContext, app: ApplicationRecord, attributeKey: string, ttl: TokenTtl): string {
  const now = ctx.now();
  const currentToken = app.currentTokens.get(attributeKey);
  const current = currentToken === undefined ? undefined : ctx.state.tokens.get(currentToken);
  const left = current ? current.expiresAt - now : 0;
  if (current && !ttl.renew && left > 0 && left >= ttl.ttlMin * 1000) return current.token;
  const token = `sbx_${ctx.random.hex(40)}`;
  ctx.state.tokens.set(token, {
    token,
    clientKey: app.clientKey,
    applicationUuid: app.uuid,
    attributeKey,
    expiresAt: now + ttl.ttlMax * 1000,
  });
  app.currentTokens.set(attributeKey, token);
  return token;
}

/**
 * What the control API answers about a token. Besides validity, a known token tells how many tokens its
 * application's liveness attribute has been issued in all (`issued`), so tests can check that a widget
 * never mints tokens in a loop.
 */
export type TokenReport = TokenCheck & { issued?: number };

export function checkToken(ctx: EngineContext, token: string): TokenReport {
  const record = ctx.state.tokens.get(token);
  if (!record) return { valid: false, reason: 'unknown' };
  const issued = issuedFor(ctx, record.applicationUuid, record.attributeKey);
  const left = record.expiresAt - ctx.now();
  if (left <= 0) return { valid: false, reason: 'expired', issued };
  const app = ctx.state.applications.get(record.applicationUuid);
  const client = app ? ctx.state.clients.get(app.clientKey) : undefined;
  if (!app || !client) return { valid: false, reason: 'unknown' };
  return {
    valid: true,
    clientUuid: client.clientUuid,
    applicationUuid: app.uuid,
    expiresInSeconds: Math.floor(left / 1000),
    issued,
  };
}

/** How many tokens the liveness attribute `attributeKey` of an application has been issued. */
function issuedFor(ctx: EngineContext, applicationUuid: string, attributeKey: string): number {
  let count = 0;
  for (const record of ctx.state.tokens.values()) {
    if (record.applicationUuid === applicationUuid && record.attributeKey === attributeKey) count += 1;
  }
  return count;
}

export function completeLiveness(ctx: EngineContext, token: string): boolean {
  const check = checkToken(ctx, token);
  if (!check.valid) return false;
  const app = ctx.state.applications.get(check.applicationUuid);
  if (!app) return false;
  app.livenessCompleted = true;
  app.updatedAt = ctx.now();
  return true;
}

export function expireToken(ctx: EngineContext, token: string): boolean {
  const record = ctx.state.tokens.get(token);
  if (!record) return false;
  record.expiresAt = Math.min(record.expiresAt, ctx.now());
  return true;
}
