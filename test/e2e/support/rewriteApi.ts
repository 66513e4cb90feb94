/**
 * Rewrites the sandbox's JSON answers in the browser (playwright `page.route`), to hand the widget
 * what a compromised or buggy server could send: markup in texts, hostile HTML, unsafe links.
 */
import type { Page } from 'playwright-core';

export type JsonRewrite = (body: unknown, url: URL) => unknown;

/** Routes GETs to `${api}/v1/…` whose path matches through `rewrite`. */
export async function rewriteApi(page: Page, api: string, path: RegExp, rewrite: JsonRewrite): Promise<void> {
  await page.route(
    (url) => url.href.startsWith(`${api}/v1/`) && path.test(url.pathname),
    async (route) => {
      if (route.request().method() !== 'GET') return route.fallback();
      const response = await route.fetch();
      if (!response.ok()) return route.fulfill({ response });
      const body = rewrite(await response.json(), new URL(route.request().url()));
      return route.fulfill({
        response,
        body: JSON.stringify(body),
        headers: { ...response.headers(), 'content-type': 'application/json' },
      });
    },
  );
}

/** Markup that would run script or change the page if it were ever parsed as HTML. */
export const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>bold</b>';

export async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}
