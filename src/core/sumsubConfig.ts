/**
 * The SumSub WebSDK's `config` for the widget's look and language. SumSub documents `lang` (ISO 639-1),
 * `theme` (`light` / `dark`), `customizationName` (a look set up in SumSub's dashboard) and
 * `uiConf.customCssStr` (CSS added to its frame). The widget passes its language and colour scheme, and
 * its colours as CSS custom properties (`--kyc-color-primary` …) in `customCssStr`, so a SumSub
 * customization can use them; the partner's `sdkOptions` win over all of these.
 */

/** The widget's colours that reach the frame, by custom property name without the `--kyc-` prefix. */
export const SUMSUB_COLOR_NAMES = [
  'color-primary',
  'color-on-primary',
  'color-surface',
  'color-text',
  'color-muted',
  'color-border',
  'color-error',
  'color-success',
  'focus-ring',
] as const;

type SumsubColorName = (typeof SUMSUB_COLOR_NAMES)[number];

/** How the widget looks where the frame is shown. */
export interface WidgetLook {
  scheme: 'light' | 'dark';
  colors: Partial<Record<SumsubColorName, string>>;
}

/** A colour value that cannot close the declaration or the rule (no `;`, braces, quotes or `\`). */
const SAFE_COLOR = /^[#a-z0-9(),.%\s/+-]{1,64}$/i;

/**
 * The SDK language for a widget locale: its primary language subtag (`de-AT` → `de`).
 * @internal Read through `sumsubConfig`; exported for its tests.
 */
export function sumsubLanguage(locale: string): string {
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(language) ? language : 'en';
}

/**
 * The colours as one `:root` rule of custom properties; empty when there is none to pass.
 * @internal Read through `sumsubConfig`; exported for its tests.
 */
export function colorsCss(colors: WidgetLook['colors']): string {
  const declarations = SUMSUB_COLOR_NAMES.flatMap((name) => {
    const value = colors[name]?.trim();
    return value && SAFE_COLOR.test(value) ? [`--kyc-${name}: ${value};`] : [];
  });
  return declarations.length ? `:root { ${declarations.join(' ')} }` : '';
}

/**
 * @example
 * sumsubConfig('ar', { scheme: 'dark', colors: { 'color-primary': '#8fb0ff' } })
 * // { lang: 'ar', theme: 'dark', uiConf: { customCssStr: ':root { --kyc-color-primary: #8fb0ff; }' } }
 */
export function sumsubConfig(
  locale: string,
  look: WidgetLook,
  sdkOptions: Record<string, unknown> = {},
): Record<string, unknown> {
  const css = colorsCss(look.colors);
  const partnerUi = isRecord(sdkOptions['uiConf']) ? sdkOptions['uiConf'] : {};
  const partnerCss = typeof partnerUi['customCssStr'] === 'string' ? partnerUi['customCssStr'] : '';
  const customCssStr = [css, partnerCss].filter(Boolean).join('\n');
  const uiConf = { ...partnerUi, ...(customCssStr ? { customCssStr } : {}) };
  return {
    lang: sumsubLanguage(locale),
    theme: look.scheme,
    ...sdkOptions,
    ...(Object.keys(uiConf).length ? { uiConf } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
