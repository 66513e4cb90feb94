/**
 * The demo page's colour scheme: `system` (the default: follows the visitor's setting), `light` or `dark`,
 * from the `theme` URL parameter. The page marks `<html data-theme>` for its own CSS (demo.css) and the
 * widget gets the same value as `theme.colorScheme`; a choice is written back to the URL, so a reload keeps it.
 */
export type DemoScheme = 'system' | 'light' | 'dark';

export const SCHEMES: readonly DemoScheme[] = ['system', 'light', 'dark'];

export function initialScheme(params: URLSearchParams): DemoScheme {
  const asked = params.get('theme');
  return SCHEMES.find((scheme) => scheme === asked) ?? 'system';
}

export function applyScheme(scheme: DemoScheme): void {
  document.documentElement.dataset.theme = scheme;
  const url = new URL(location.href);
  if (scheme === 'system') url.searchParams.delete('theme');
  else url.searchParams.set('theme', scheme);
  history.replaceState(history.state, '', url);
}
