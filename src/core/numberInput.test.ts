import { describe, expect, it } from 'vitest';
import { formatNumberInput, numberExample, numberSymbols, parseNumberInput } from './numberInput';

const number = (value: number) => ({ kind: 'number', value });
const refused = (reason: 'format' | 'ambiguous' | 'too_long') => ({ kind: 'invalid', reason });

describe('parseNumberInput — the locale decides its own separators', () => {
  it.each([
    ['en', '48,000', 48000],
    ['en', '48,000.50', 48000.5],
    ['en', '1,234,567.89', 1234567.89],
    ['de', '48.000', 48000],
    ['de', '48.000,50', 48000.5],
    ['de', '1.234.567,89', 1234567.89],
    ['fr', '48 000,50', 48000.5],
    ['fr', '48\u00a0000,50', 48000.5],
    ['fr', '48\u202f000,50', 48000.5],
    ['de-CH', "48'000.50", 48000.5],
    ['de-CH', '48’000.50', 48000.5],
    ['ar', '48,000.50', 48000.5],
    ['ar', '٤٨٬٠٠٠٫٥٠', 48000.5],
    ['ar', '٤٨٠٠٠', 48000],
    ['en-IN', '12,34,567.5', 1234567.5],
  ])('in %s, "%s" should be %d', (locale, text, value) => {
    expect(parseNumberInput(text, locale)).toEqual(number(value));
  });

  it.each([
    ['en', '48000', 48000],
    ['de', '48000', 48000],
    ['en', '12.5', 12.5],
    ['de', '12,5', 12.5],
    ['fr', '12,5', 12.5],
    ['en', '0.125', 0.125],
    ['en', '.5', 0.5],
    ['de', '1234,567', 1234.567],
    ['en', '  42  ', 42],
    ['en', '-48,000.5', -48000.5],
    ['sv', '−48 000,5', -48000.5],
    ['ar', '\u200e-48,000', -48000],
    ['en', '+7', 7],
    ['en', '-0', 0],
  ])('in %s, "%s" should be %d (no separator in doubt)', (locale, text, value) => {
    expect(parseNumberInput(text, locale)).toEqual(number(value));
  });

  it.each([
    ['en', '48.000,50', 48000.5],
    ['de', '48,000.50', 48000.5],
    ['en', '1,5', 1.5],
    ['de', '48.5', 48.5],
    ['fr', '48.5', 48.5],
    ['en', '48 000.50', 48000.5],
    ['en', '48,00', 48],
    ['de', '0.123', 0.123],
  ])('in %s, "%s" has only one reading: %d', (locale, text, value) => {
    expect(parseNumberInput(text, locale)).toEqual(number(value));
  });

  it.each([
    ['en', '48.000'],
    ['en', '3.141'],
    ['de', '48,000'],
    ['fr', '48,000'],
    ['fr', '48.000'],
    ['de-CH', '48.000'],
    ['de-CH', '48,000'],
    ['ar', '48.000'],
  ])('in %s, "%s" could be 48 or 48000 (or 3.141 or 3141): refused as ambiguous', (locale, text) => {
    expect(parseNumberInput(text, locale)).toEqual(refused('ambiguous'));
  });

  it.each([
    ['en', '1,2345,678'],
    ['en', '48..5'],
    ['en', '48.'],
    ['en', '1.2.3,4,5'],
    ['en', '48,000 000'],
    ['en', '1e5'],
    ['en', '€48'],
    ['en', '12abc'],
    ['en', '-'],
    ['ar', '٤٨٫٠٠٠٫٥'],
  ])('in %s, "%s" is no number: refused', (locale, text) => {
    expect(parseNumberInput(text, locale)).toEqual(refused('format'));
  });

  it('given more digits than a number holds exactly / should refuse rather than round', () => {
    expect(parseNumberInput('12345678901234567', 'en')).toEqual(refused('too_long'));
    expect(parseNumberInput('0.1234567890123456', 'en')).toEqual(refused('too_long'));
    expect(parseNumberInput('123456789012345', 'en')).toEqual(number(123456789012345));
    expect(parseNumberInput('0.000012345', 'en')).toEqual(number(0.000012345));
  });

  it('given nothing but spaces or marks / should be empty', () => {
    expect(parseNumberInput('', 'en')).toEqual({ kind: 'empty' });
    expect(parseNumberInput(' \u00a0\u200e', 'de')).toEqual({ kind: 'empty' });
  });

  it('given a locale tag Intl refuses / should read it as English rather than throw', () => {
    expect(parseNumberInput('48,000', 'not a locale!')).toEqual(number(48000));
    expect(parseNumberInput('48.000', 'de_DE')).toEqual(number(48000));
  });
});

describe('numberSymbols', () => {
  it('should read the separators from Intl', () => {
    expect(numberSymbols('de')).toMatchObject({ decimal: ',', group: '.', groupSizes: [3, 3] });
    expect(numberSymbols('en-IN')).toMatchObject({ decimal: '.', group: ',', groupSizes: [3, 2] });
  });
});

describe('formatNumberInput', () => {
  it.each([
    ['en', 48000.5, '48,000.5'],
    ['de', 48000.5, '48.000,5'],
    ['fr', 48000.5, '48\u202f000,5'],
    ['de-CH', 1234567.25, numberSymbols('de-CH').group === "'" ? "1'234'567.25" : '1’234’567.25'],
    ['en', 3.14159265358979, '3.14159265358979'],
    ['en', 0.000001, '0.000001'],
  ])('in %s, %d should be written "%s", every digit kept', (locale, value, text) => {
    expect(formatNumberInput(value, locale)).toBe(text);
  });

  it.each(['en', 'de', 'fr', 'ar', 'de-CH', 'en-IN', 'ar-EG', 'fa'])(
    'in %s, what it writes should read back as the same number',
    (locale) => {
      for (const value of [0, 7, -48000.5, 1234567.89, 0.000012, 123456789012345, 2.5e-7]) {
        expect(parseNumberInput(formatNumberInput(value, locale), locale)).toEqual(number(value));
      }
    },
  );
});

describe('numberExample', () => {
  it('should show the format a locale expects', () => {
    expect(numberExample('en')).toBe('48,000.50');
    expect(numberExample('de')).toBe('48.000,50');
    expect(numberExample('fr')).toBe('48\u202f000,50');
    expect(parseNumberInput(numberExample('ar-EG'), 'ar-EG')).toEqual(number(48000.5));
  });
});
