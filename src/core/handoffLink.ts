/**
 * The link the partner's `handoff.createLink` returns, as the hand-off panel shows it: a URL a phone can
 * open safely (https, or the sandbox's http://localhost), and when its token expires if the partner says.
 */

/** A URL, or a URL and when its token expires. */
export type HandoffLink = string | { url: string; expiresAt?: string | Date | undefined };

/** Only links a phone can open safely: https (or the sandbox's http://localhost). */
export function readHandoffLink(link: HandoffLink, base?: string): { url: string; expiresAt: number | null } | null {
  const raw = typeof link === 'string' ? { url: link } : link;
  let url: URL;
  try {
    url = new URL(raw.url, base);
  } catch {
    return null;
  }
  const local = url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname);
  if (url.protocol !== 'https:' && !local) return null;
  const expiresAt = raw.expiresAt === undefined ? null : new Date(raw.expiresAt).getTime();
  return { url: url.toString(), expiresAt: Number.isFinite(expiresAt) ? expiresAt : null };
}
