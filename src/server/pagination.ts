/**
 * Pagination links point where the browser can follow them: the provider answers with absolute
 * `next`/`previous` links on its own host, which the widget (following same-origin links only) would
 * drop after page 1. They become links on the proxy's origin and base path, without the customer's ids.
 */
import { withoutIdentity } from './identity';
import { isCleanPath } from './routes';

const LINK_FIELDS = ['next', 'previous'] as const;

/**
 * The page with its links rewritten, or undefined when there was nothing to rewrite. A link that is not
 * below the provider's API base becomes null: the proxy never hands out a link to another host.
 */
export function rewritePageLinks(page: unknown, apiBaseUrl: string, proxyBase: string): unknown {
  if (typeof page !== 'object' || page === null || Array.isArray(page)) return undefined;
  const record = page as Record<string, unknown>;
  if (!LINK_FIELDS.some((field) => typeof record[field] === 'string')) return undefined;
  const rewritten = { ...record };
  for (const field of LINK_FIELDS) {
    const link = record[field];
    if (typeof link === 'string') rewritten[field] = rewriteLink(link, apiBaseUrl, proxyBase);
  }
  return rewritten;
}

function rewriteLink(link: string, apiBaseUrl: string, proxyBase: string): string | null {
  let url: URL;
  let api: URL;
  try {
    api = new URL(apiBaseUrl);
    url = new URL(link, `${apiBaseUrl}/`);
  } catch {
    return null;
  }
  const basePath = api.pathname.replace(/\/+$/, '');
  if (url.origin !== api.origin || !url.pathname.startsWith(`${basePath}/v1/`)) return null;
  const rest = url.pathname.slice(basePath.length);
  if (!isCleanPath(rest)) return null;
  const query = withoutIdentity(url.searchParams).toString();
  return `${proxyBase}${rest}${query ? `?${query}` : ''}`;
}
