/**
 * How signature codes travel with a request: as `sms_sign_code` / `email_sign_code` query parameters, and
 * as the list of providers sent (so a refused code reads as `invalid` rather than `missing`).
 */
import type { SignCodes } from './autosaveTypes';
import type { SignProvider } from './schemas';

/** The query parameters that carry the codes; an absent code is left out of the URL. */
export function signCodeQuery(codes: SignCodes = {}) {
  return { sms_sign_code: codes.sms, email_sign_code: codes.email };
}

/** The providers whose codes the request carries. */
export function sentSignProviders(codes: SignCodes = {}): SignProvider[] {
  return (Object.keys(codes) as SignProvider[]).filter((provider) => codes[provider]);
}
