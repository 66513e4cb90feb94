import { describe, expect, it } from 'vitest';
import { colorsCss, sumsubConfig, sumsubLanguage } from './sumsubConfig';

describe('sumsubConfig', () => {
  it('given the widget in Arabic and dark / should ask the frame for Arabic, the dark theme and the colours', () => {
    expect(
      sumsubConfig('ar-EG', { scheme: 'dark', colors: { 'color-primary': '#8fb0ff', 'color-surface': '#16181d' } }),
    ).toEqual({
      lang: 'ar',
      theme: 'dark',
      uiConf: { customCssStr: ':root { --kyc-color-primary: #8fb0ff; --kyc-color-surface: #16181d; }' },
    });
  });

  it("given the partner's own SDK options / should let them win and keep their CSS after the widget's", () => {
    const config = sumsubConfig(
      'de',
      { scheme: 'light', colors: { 'color-primary': 'rgb(31, 79, 209)' } },
      {
        theme: 'dark',
        customizationName: 'brand',
        uiConf: { customCssStr: '.x { color: red; }', scrollIntoView: false },
      },
    );
    expect(config).toEqual({
      lang: 'de',
      theme: 'dark',
      customizationName: 'brand',
      uiConf: {
        customCssStr: ':root { --kyc-color-primary: rgb(31, 79, 209); }\n.x { color: red; }',
        scrollIntoView: false,
      },
    });
  });

  it('given a colour that would break out of the rule / should leave it out', () => {
    expect(
      colorsCss({
        'color-primary': 'red; } body { display: none',
        'color-text': 'url("https://evil.example/x")',
        'color-error': '#b3261e',
      }),
    ).toBe(':root { --kyc-color-error: #b3261e; }');
    expect(colorsCss({})).toBe('');
    expect(sumsubConfig('en', { scheme: 'light', colors: {} })).toEqual({ lang: 'en', theme: 'light' });
  });

  it('given locales with regions or nonsense / should pass a bare language code', () => {
    expect(sumsubLanguage('fr-CA')).toBe('fr');
    expect(sumsubLanguage('DE_ch')).toBe('de');
    expect(sumsubLanguage('')).toBe('en');
    expect(sumsubLanguage('x')).toBe('en');
  });
});
