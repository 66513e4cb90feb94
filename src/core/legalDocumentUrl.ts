/**
 * Which legal-document links the widget opens. Legal documents are published by the partner or the
 * provider on sites we cannot list in advance (a CMS, a CDN, a PDF store), so — unlike the liveness
 * link, which must lead to SumSub — any host is accepted. What is refused is what could harm the client
 * or the partner's page: every scheme but `https:` (`javascript:`, `data:`, `blob:`, `file:`, plain
 * `http:`), user names or passwords in the URL (`https://bank.com@evil.io`), explicit ports and control
 * characters. `http:`/`https:` to localhost is accepted only with `allowLocalhost` (the sandbox).
 */
import { toSafeExternalUrl } from './safeUrl';

/**
 * The legal document link as a `URL` when it may be opened, otherwise null.
 *
 * @example toSafeDocumentUrl('https://cdn.partner.example/terms.pdf')?.href // the same URL
 * @example toSafeDocumentUrl('javascript:alert(1)') // null
 */
export function toSafeDocumentUrl(
  raw: string | null | undefined,
  options: { allowLocalhost?: boolean } = {},
): URL | null {
  if (typeof raw !== 'string') return null;
  let host: string;
  try {
    host = new URL(raw.trim()).hostname;
  } catch {
    return null;
  }
  // The document's own host is the allowed host: the shared guard then checks scheme, credentials and port.
  return toSafeExternalUrl(raw, {
    allowedHosts: host === '' ? [] : [host],
    allowLocalhost: options.allowLocalhost ?? false,
  });
}
