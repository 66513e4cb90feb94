/**
 * Guard for URLs the widget sends the client to (the SumSub liveness URL, a legal document's URL):
 * only https to hosts we trust, so a tampered or buggy response cannot turn a link into a script,
 * a phishing page or a local file.
 */

/** The hosts trusted when no `allowedHosts` are given (their subdomains are trusted too). */
const DEFAULT_ALLOWED_HOSTS: readonly string[] = ['sumsub.com'];

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Options of {@link toSafeExternalUrl}. */
export interface SafeUrlOptions {
  /** Trusted hosts; a URL may point at one of them or at a subdomain of one. Default `['sumsub.com']`. */
  allowedHosts?: readonly string[];
  /** Also accept `http:` or `https:` to `localhost`, `127.0.0.1` or `[::1]` on any port (sandbox, tests). */
  allowLocalhost?: boolean;
}

/**
 * Parses `raw` and returns it as a `URL` only when it is safe to open; otherwise null.
 *
 * Accepted: `https:` URLs whose host is an allowed host or a subdomain of one, on the default port,
 * without user name or password. With `allowLocalhost`, also `http:`/`https:` URLs to a loopback host
 * on any port. Everything else is refused: other schemes (`javascript:`, `data:`, `blob:`, `file:`…),
 * credentials (`https://sumsub.com@evil.io`), look-alike hosts (`sumsub.com.evil.io`, `evil-sumsub.com`,
 * internationalised look-alikes, which the URL parser turns into `xn--` labels), a trailing-dot host,
 * IP addresses and explicit non-default ports.
 *
 * @example toSafeExternalUrl('https://in.sumsub.com/idensic/l/#/abc')?.href // the same URL
 * @example toSafeExternalUrl('javascript:alert(1)') // null
 */
export function toSafeExternalUrl(raw: string, options: SafeUrlOptions = {}): URL | null {
  if (typeof raw !== 'string') return null;
  // Refuse rather than let the parser silently drop or re-interpret control characters and spaces.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f]/.test(raw.trim()) || raw.trim() === '') return null;

  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;

  const host = url.hostname;
  if (options.allowLocalhost && LOCAL_HOSTS.has(host)) {
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  }

  if (url.protocol !== 'https:') return null;
  if (url.port !== '') return null;
  const allowed = (options.allowedHosts ?? DEFAULT_ALLOWED_HOSTS).map(normaliseHost).filter(isNonEmpty);
  return allowed.some((trusted) => host === trusted || host.endsWith(`.${trusted}`)) ? url : null;
}

/** Lower-cases and IDNA-encodes an allowed host the same way the URL parser does; '' when invalid. */
function normaliseHost(host: string): string {
  const bare = host.trim().replace(/^\.+/, '');
  if (bare === '' || /[/:@?#\s]/.test(bare)) return '';
  try {
    return new URL(`https://${bare}/`).hostname;
  } catch {
    return '';
  }
}

function isNonEmpty(value: string): boolean {
  return value !== '';
}
