/** The built-in catalogues: complete, with the same placeholders as English, loaded by language. */
import { describe, expect, it } from 'vitest';
import { ar } from './ar';
import { catalogueFor, loadMessages } from './catalogueFor';
import { de } from './de';
import { en, type Messages } from './en';
import { formatMessage } from './formatMessage';
import { fr } from './fr';

const translations: Record<string, Messages> = { de, fr, ar };
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe.each(Object.entries(translations))('the %s catalogue', (_name, catalogue) => {
  it('should have exactly the keys of the English catalogue', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  it('should keep the placeholders of every English message, so no value goes missing on screen', () => {
    const mismatches = Object.entries(en)
      .filter(
        ([key, message]) => placeholders(catalogue[key as keyof Messages]).join() !== placeholders(message).join(),
      )
      .map(([key]) => key);
    expect(mismatches).toEqual([]);
  });

  it('should translate the messages rather than copy the English ones', () => {
    const copied = Object.entries(en).filter(
      ([key, message]) => /[a-z]{4,} [a-z]{3,}/i.test(message) && catalogue[key as keyof Messages] === message,
    );
    expect(copied.map(([key]) => key)).toEqual([]);
  });

  it('should leave no message empty', () => {
    expect(Object.entries(catalogue).filter(([, message]) => message.trim() === '')).toEqual([]);
  });
});

describe('loadMessages', () => {
  it('given a locale with a region / should load the catalogue of its language', async () => {
    expect(await loadMessages('de-AT')).toBe(de);
    expect(await loadMessages('fr-CA')).toBe(fr);
    expect(await loadMessages('ar-EG')).toBe(ar);
    expect(await loadMessages('DE_ch')).toBe(de);
  });

  it('given a language without a catalogue / should fall back to English', async () => {
    expect(await loadMessages('ja')).toBe(en);
    expect(catalogueFor('ja')).toBe(en);
    expect(catalogueFor('')).toBe(en);
    expect(catalogueFor(undefined)).toBe(en);
  });
});

describe('formatMessage', () => {
  it('given a locale / should write numbers with its separators', () => {
    expect(formatMessage(de['reference.truncated'], { shown: 50, count: 1234 }, 'de')).toBe(
      '50 von 1.234 Optionen werden angezeigt. Tippen Sie weiter, um die Liste einzugrenzen.',
    );
    expect(formatMessage(en['reference.count'], { count: 1234 }, 'en')).toBe('1,234 options');
  });

  it('given an invalid locale tag / should still fill the message', () => {
    expect(formatMessage(en['steps.progress'], { current: 1, total: 3 }, 'not a locale!')).toBe('Step 1 of 3');
  });

  it('given a placeholder without a value / should leave it visible', () => {
    expect(formatMessage('Version {version}', { other: 1 }, 'en')).toBe('Version {version}');
  });
});
