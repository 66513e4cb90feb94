/**
 * Theming as data: named variables become CSS custom properties on the widget root, so partners
 * theme by props without CSS, and nothing injects <style> at run time (strict CSP friendly).
 */
import type { CSSProperties } from 'react';

export interface KycThemeVariables {
  colorPrimary?: string;
  colorOnPrimary?: string;
  colorSurface?: string;
  colorText?: string;
  colorMuted?: string;
  colorBorder?: string;
  colorError?: string;
  colorSuccess?: string;
  fontFamily?: string;
  /** Base font size, e.g. `16px`. */
  fontSize?: string;
  /** Corner radius, e.g. `8px`. */
  radius?: string;
  /** Base spacing unit, e.g. `8px`. */
  spacing?: string;
  /** Focus ring colour. */
  focusRing?: string;
}

export interface KycTheme {
  /** `light`, `dark`, or `system` to follow the visitor's setting. Default `light`. */
  colorScheme?: 'light' | 'dark' | 'system';
  variables?: KycThemeVariables;
}

const VARIABLE_NAMES: Record<keyof KycThemeVariables, string> = {
  colorPrimary: '--kyc-color-primary',
  colorOnPrimary: '--kyc-color-on-primary',
  colorSurface: '--kyc-color-surface',
  colorText: '--kyc-color-text',
  colorMuted: '--kyc-color-muted',
  colorBorder: '--kyc-color-border',
  colorError: '--kyc-color-error',
  colorSuccess: '--kyc-color-success',
  fontFamily: '--kyc-font-family',
  fontSize: '--kyc-font-size',
  radius: '--kyc-radius',
  spacing: '--kyc-space',
  focusRing: '--kyc-focus-ring',
};

/** The theme as custom properties for the root's `style` (set through the CSSOM, allowed by CSP). */
export function themeToStyle(theme: KycTheme | undefined): CSSProperties {
  const style: Record<string, string> = {};
  for (const [name, value] of Object.entries(theme?.variables ?? {})) {
    const property = VARIABLE_NAMES[name as keyof KycThemeVariables];
    if (property && typeof value === 'string' && value) style[property] = value;
  }
  return style as CSSProperties;
}
