import { describe, expect, it } from 'vitest';
import { createOptionFilter, findExactTitle } from './filterOptions';

const countries = [
  { value: 'DZ', title: 'Algeria' },
  { value: 'CI', title: 'Côte d’Ivoire' },
  { value: 'DE', title: 'Germany' },
  { value: 'NE', title: 'Niger' },
  { value: 'NG', title: 'Nigeria' },
  { value: 'GB', title: 'United Kingdom' },
  { value: 'US', title: 'United States' },
  { value: 'AX', title: 'Åland Islands' },
  { value: 'TR', title: 'Türkiye' },
  { value: 'GS', title: 'South Georgia and the South Sandwich Islands' },
];

const titles = (list: { title: string }[]) => list.map((option) => option.title);

describe('createOptionFilter', () => {
  const search = createOptionFilter(countries);

  it('given an empty query / should return every option in the original order', () => {
    expect(search('   ')).toEqual(countries);
  });

  it('given "ger" / should put the title starting with it first, then titles containing it', () => {
    expect(titles(search('ger'))).toEqual(['Germany', 'Algeria', 'Niger', 'Nigeria']);
  });

  it('given a query without diacritics / should find titles with them', () => {
    expect(titles(search('cote'))).toEqual(['Côte d’Ivoire']);
    expect(titles(search('turk'))).toEqual(['Türkiye']);
    expect(titles(search('aland'))).toEqual(['Åland Islands']);
  });

  it('given a straight apostrophe / should match a typographic one', () => {
    expect(titles(search("d'iv"))).toEqual(['Côte d’Ivoire']);
  });

  it('given a word prefix / should rank it above a match inside a word', () => {
    expect(titles(search('isl'))).toEqual(['Åland Islands', 'South Georgia and the South Sandwich Islands']);
    expect(titles(search('geo'))).toEqual(['South Georgia and the South Sandwich Islands']);
  });

  it('given a value code / should find the option by its exact value after title matches', () => {
    expect(titles(search('us'))).toEqual(['United States']);
    expect(titles(search('ni'))).toEqual(['Niger', 'Nigeria', 'United Kingdom', 'United States']);
  });

  it('given no match / should return an empty list', () => {
    expect(search('xyz')).toEqual([]);
  });

  it('should keep the original order within a rank', () => {
    expect(titles(search('united'))).toEqual(['United Kingdom', 'United States']);
  });
});

describe('findExactTitle', () => {
  it('should find the option whose title equals the text ignoring case and diacritics', () => {
    expect(findExactTitle(countries, 'cote d’ivoire')?.value).toBe('CI');
  });

  it('should ignore typographic apostrophes, letters that do not decompose and extra white space', () => {
    expect(findExactTitle(countries, "COTE D'IVOIRE")?.value).toBe('CI');
    expect(findExactTitle([{ value: 'X', title: 'Straße Øresund Łódź' }], 'strasse oresund lodz')?.value).toBe('X');
    expect(findExactTitle(countries, '  United \t Kingdom ')?.value).toBe('GB');
  });

  it('should not find a partial title', () => {
    expect(findExactTitle(countries, 'Germ')).toBeUndefined();
    expect(findExactTitle(countries, '')).toBeUndefined();
  });
});
