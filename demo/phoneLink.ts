/**
 * "Continue on your phone" in the demo, as a partner would write it: the desktop's widget asks the
 * partner's proxy for a hand-off token (`POST /kyc/handoff/`, with the desktop's session cookie) and makes
 * the link to this same page with `?handoff=<token>&application=<uuid>` (plus the page's own `api`, `locale`
 * and `theme`). The phone's page reads them back (`phoneLinkParams`) and sends the token, never a cookie.
 */

/** What the phone's page reads from its link; null when the page is not a phone's hand-off page. */
export function phoneLinkParams(params: URLSearchParams): { token: string; applicationUuid?: string } | null {
  const token = params.get('handoff');
  if (!token) return null;
  const applicationUuid = params.get('application') ?? undefined;
  return applicationUuid ? { token, applicationUuid } : { token };
}

/** The widget's `handoff.createLink`: a token from the partner's proxy, as a link to this page. */
export async function createPhoneLink({ applicationUuid }: { applicationUuid: string }) {
  const response = await fetch('/kyc/handoff/', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ application_uuid: applicationUuid }),
  });
  if (!response.ok) throw new Error(`The proxy refused a hand-off token (${response.status}).`);
  const { token, expires_at } = (await response.json()) as { token: string; expires_at: string };
  const url = new URL('/', location.origin);
  const here = new URLSearchParams(location.search);
  for (const name of ['api', 'locale', 'theme']) {
    const value = here.get(name);
    if (value) url.searchParams.set(name, value);
  }
  url.searchParams.set('application', applicationUuid);
  url.searchParams.set('handoff', token);
  return { url: url.toString(), expiresAt: expires_at };
}
