/**
 * Signature codes. A code is good when one was requested for that provider and application in the last
 * five minutes, it equals the sandbox code, and (when the phone or e-mail itself changes) it was sent to
 * the new number or address. One code covers every attribute of its provider in one request.
 */
import type { SignProvider } from '../../core/schemas';
import type { ApplicationRecord, CodeRecord, EngineContext } from './state';
import { json } from './drf';

export const SANDBOX_SIGN_CODE = '111111';
export const CODE_LIFETIME_MS = 5 * 60 * 1000;

/** The attribute type whose value is where a provider's codes go. */
export const DESTINATION_TYPE: Record<SignProvider, 'phone' | 'email'> = { sms: 'phone', email: 'email' };

/**
 * Providers whose code a request needs; the value is the new destination the code must have been sent
 * to, or null when any code of that provider will do.
 */
export type SignatureNeeds = Map<SignProvider, string | null>;

export type SignatureCheck = { ok: true; consume: () => void } | { ok: false; response: Response };

function latestCode(ctx: EngineContext, app: ApplicationRecord, provider: SignProvider): CodeRecord | undefined {
  const now = ctx.now();
  return ctx.state.codes.findLast(
    (code) => code.applicationUuid === app.uuid && code.provider === provider && !code.used && code.expiresAt > now,
  );
}

export function checkSignatures(
  ctx: EngineContext,
  app: ApplicationRecord,
  url: URL,
  needs: SignatureNeeds,
): SignatureCheck {
  const errors: Record<string, string[]> = {};
  const used: CodeRecord[] = [];
  for (const [provider, destination] of needs) {
    const field = `${provider}_sign_code`;
    const given = url.searchParams.get(field);
    if (given === null || given === '') {
      errors[field] = ['A signature code is required.'];
      continue;
    }
    const code = latestCode(ctx, app, provider);
    if (!code) errors[field] = ['The signature code has expired or was never sent. Request a new code.'];
    else if (given !== SANDBOX_SIGN_CODE) errors[field] = ['The signature code is invalid.'];
    else if (destination !== null && code.destination !== destination) {
      const what = provider === 'sms' ? 'phone number' : 'e-mail address';
      errors[field] = [`The signature code was not sent to the new ${what}. Request a code for it.`];
    } else used.push(code);
  }
  if (Object.keys(errors).length > 0) return { ok: false, response: json(400, errors) };
  return {
    ok: true,
    consume: () => {
      for (const code of used) code.used = true;
    },
  };
}
