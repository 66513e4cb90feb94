/**
 * The hand-off token: lets a customer's phone continue the document and liveness steps of one application
 * without the partner's session. Stateless: the client and the application it is bound to and its expiry,
 * signed with HMAC-SHA-256 under a secret only the partner's backend holds (Web Crypto, so it runs on
 * Node, Deno, Bun and Workers alike). Usable again until it expires, so a reload or a second scan works.
 */

/** What a valid token names. */
export interface HandoffClaims {
  legalEntityUuid: string;
  clientUuid: string;
  applicationUuid: string;
  /** When the token stops working, in milliseconds since the epoch. */
  expiresAt: number;
}

export interface CreateHandoffTokenOptions {
  /** The partner's secret: at least 32 bytes (a string is taken as UTF-8). Never sent to a browser. */
  secret: string | Uint8Array;
  legalEntityUuid: string;
  clientUuid: string;
  applicationUuid: string;
  /** How long the token works, in seconds: 30 to 3 600. Default 600 (ten minutes). */
  ttlSeconds?: number | undefined;
  /** The current time in milliseconds (for tests). Default `Date.now()`. */
  now?: number | undefined;
}

export interface VerifyHandoffTokenOptions {
  secret: string | Uint8Array;
  now?: number | undefined;
}

/** Why a token is refused: not one of ours (or changed), or past its expiry. */
export type HandoffVerdict = { ok: true; claims: HandoffClaims } | { ok: false; reason: 'invalid' | 'expired' };

export const DEFAULT_HANDOFF_TTL_SECONDS = 600;
const MIN_HANDOFF_TTL_SECONDS = 30;
const MAX_HANDOFF_TTL_SECONDS = 3600;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The token's version, part of what is signed, so a future format can never be read as this one. */
const VERSION = 'h1';

/** Checks a secret (throws a TypeError when too short) and turns it into bytes. */
export function handoffSecretBytes(secret: string | Uint8Array): Uint8Array {
  const bytes = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  if (!(bytes instanceof Uint8Array) || bytes.byteLength < 32) {
    throw new TypeError('The hand-off secret must be at least 32 bytes long.');
  }
  return bytes;
}

/** Checks a lifetime (throws a TypeError outside 30–3 600 s); undefined gives the default. */
export function handoffTtlSeconds(ttlSeconds: number | undefined): number {
  if (ttlSeconds === undefined) return DEFAULT_HANDOFF_TTL_SECONDS;
  if (!(ttlSeconds >= MIN_HANDOFF_TTL_SECONDS && ttlSeconds <= MAX_HANDOFF_TTL_SECONDS)) {
    throw new TypeError(
      `The hand-off ttlSeconds must be between ${MIN_HANDOFF_TTL_SECONDS} and ${MAX_HANDOFF_TTL_SECONDS}.`,
    );
  }
  return Math.floor(ttlSeconds);
}

/**
 * Mints a token for one client's application. Give it to the customer's phone only as part of a link
 * (the widget's hand-off panel shows it as a QR code); anyone holding it can act on that application's
 * document and liveness steps until it expires.
 *
 * @example
 * const token = await createHandoffToken({ secret: process.env.KYC_HANDOFF_SECRET!, legalEntityUuid,
 *   clientUuid, applicationUuid, ttlSeconds: 600 });
 */
export async function createHandoffToken(options: CreateHandoffTokenOptions): Promise<string> {
  const { legalEntityUuid, clientUuid, applicationUuid } = options;
  if (![legalEntityUuid, clientUuid, applicationUuid].every((uuid) => UUID.test(uuid))) {
    throw new TypeError('createHandoffToken: legalEntityUuid, clientUuid and applicationUuid must be uuids.');
  }
  const ttl = handoffTtlSeconds(options.ttlSeconds);
  const now = options.now ?? Date.now();
  const exp = Math.floor(now / 1000) + ttl;
  const payload = [VERSION, legalEntityUuid, clientUuid, applicationUuid, String(exp)]
    .map((part) => part.toLowerCase())
    .join('~');
  const encoded = toBase64Url(new TextEncoder().encode(payload));
  const key = await hmacKey(handoffSecretBytes(options.secret), 'sign');
  const signature = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(encoded));
  return `${encoded}.${toBase64Url(new Uint8Array(signature))}`;
}

/** Checks a token's signature, then its expiry; the claims of a valid one. Never throws for a bad token. */
export async function verifyHandoffToken(token: string, options: VerifyHandoffTokenOptions): Promise<HandoffVerdict> {
  const secret = handoffSecretBytes(options.secret);
  const parts = token.split('.');
  if (parts.length !== 2 || token.length > 512) return { ok: false, reason: 'invalid' };
  const [encoded = '', signed = ''] = parts;
  const signature = fromBase64Url(signed);
  const payloadBytes = fromBase64Url(encoded);
  if (!signature || !payloadBytes) return { ok: false, reason: 'invalid' };
  const key = await hmacKey(secret, 'verify');
  // `verify` compares in constant time.
  const valid = await crypto.subtle.verify(
    'HMAC',
    key,
    signature as Uint8Array<ArrayBuffer>,
    new TextEncoder().encode(encoded),
  );
  if (!valid) return { ok: false, reason: 'invalid' };
  const [version, legalEntityUuid = '', clientUuid = '', applicationUuid = '', exp = ''] = new TextDecoder()
    .decode(payloadBytes)
    .split('~');
  const expiresAt = Number(exp) * 1000;
  if (version !== VERSION || !/^\d{1,12}$/.test(exp)) return { ok: false, reason: 'invalid' };
  if (![legalEntityUuid, clientUuid, applicationUuid].every((uuid) => UUID.test(uuid))) {
    return { ok: false, reason: 'invalid' };
  }
  if ((options.now ?? Date.now()) >= expiresAt) return { ok: false, reason: 'expired' };
  return { ok: true, claims: { legalEntityUuid, clientUuid, applicationUuid, expiresAt } };
}

function hmacKey(secret: Uint8Array, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', secret as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, [
    usage,
  ]);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}
