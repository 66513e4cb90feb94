import { describe, expect, it } from 'vitest';
import { dateExample, datePartOrder, formatDateInput, parseDateInput } from './dateInput';

describe('datePartOrder', () => {
  it.each([
    ['de', ['day', 'month', 'year']],
    ['fr', ['day', 'month', 'year']],
    ['ar', ['day', 'month', 'year']],
    ['en-GB', ['day', 'month', 'year']],
    ['en-US', ['month', 'day', 'year']],
    ['ja', ['year', 'month', 'day']],
  ])('in %s / should be %j', (locale, order) => {
    expect(datePartOrder(locale)).toEqual(order);
  });

  it('given a tag Intl refuses / should fall back to an order instead of throwing', () => {
    expect(datePartOrder('not a locale!')).toHaveLength(3);
  });
});

describe('parseDateInput', () => {
  it.each([
    ['31.12.1990', 'de', '1990-12-31'],
    ['31/12/1990', 'fr', '1990-12-31'],
    ['12/31/1990', 'en-US', '1990-12-31'],
    ['31/12/1990', 'en-GB', '1990-12-31'],
    ['1990/12/31', 'ja', '1990-12-31'],
    ['1.5.1990', 'de', '1990-05-01'],
    ['31121990', 'de', '1990-12-31'],
    ['12311990', 'en-US', '1990-12-31'],
    [' 31 12 1990 ', 'fr', '1990-12-31'],
    ['٣١/١٢/١٩٩٠', 'ar', '1990-12-31'],
    ['\u200f31\u200f/12\u200f/1990', 'ar', '1990-12-31'],
    ['۱۹۹۰/۱۲/۳۱', 'fa', '1990-12-31'],
    ['2000-02-29', 'de', '2000-02-29'],
  ])('"%s" in %s / should be %s', (text, locale, iso) => {
    expect(parseDateInput(text, locale)).toEqual({ kind: 'date', iso });
  });

  it('given the same digits in two locales / should read them in each locale’s order', () => {
    expect(parseDateInput('05/04/1990', 'en-US')).toEqual({ kind: 'date', iso: '1990-05-04' });
    expect(parseDateInput('05/04/1990', 'fr')).toEqual({ kind: 'date', iso: '1990-04-05' });
  });

  it('given an ISO date / should read it year first in every locale', () => {
    for (const locale of ['en-US', 'de', 'fr', 'ar', 'ja']) {
      expect(parseDateInput('1990-05-04', locale)).toEqual({ kind: 'date', iso: '1990-05-04' });
    }
  });

  it.each([
    ['31.04.1990', 'de'],
    ['29.02.1990', 'de'],
    ['31.12.90', 'de'],
    ['12/31/1990', 'fr'],
    ['31.12', 'de'],
    ['31.12.1990.5', 'de'],
    ['yesterday', 'en'],
    ['1990-13-01', 'de'],
    ['3112199', 'de'],
  ])('"%s" in %s / should be refused', (text, locale) => {
    expect(parseDateInput(text, locale)).toEqual({ kind: 'invalid' });
  });

  it('given nothing but spaces / should be empty', () => {
    expect(parseDateInput('  ', 'de')).toEqual({ kind: 'empty' });
  });
});

describe('formatDateInput', () => {
  it.each([
    ['de', '31.12.1990'],
    ['fr', '31/12/1990'],
    ['en-US', '12/31/1990'],
  ])('in %s / should write 1990-12-31 as %s', (locale, text) => {
    expect(formatDateInput('1990-12-31', locale)).toBe(text);
  });

  it('given what it wrote / should read back the same date in every locale', () => {
    for (const locale of ['en', 'en-GB', 'de', 'fr', 'ar', 'ar-EG', 'ja', 'hu', 'fa']) {
      expect(parseDateInput(formatDateInput('1986-03-07', locale), locale)).toEqual({
        kind: 'date',
        iso: '1986-03-07',
      });
    }
  });

  it('given text that is not an ISO date / should return it unchanged', () => {
    expect(formatDateInput('31.12.', 'de')).toBe('31.12.');
  });

  it('should give an example with the day after the twelfth, so the order is plain', () => {
    expect(dateExample('de')).toBe('31.12.1990');
    expect(dateExample('en-US')).toBe('12/31/1990');
  });
});
