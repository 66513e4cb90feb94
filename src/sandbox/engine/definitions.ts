/**
 * Reference data by attribute key: the options of `reference` attributes. Country names come in the
 * request's language (`Intl.DisplayNames`), sorted by that language's alphabet; the stored values (ISO codes)
 * are the same in every language.
 */
import type { Definition } from '../../core/schemas';
import { COUNTRIES } from './fixtures/countries';
import { OCCUPATIONS } from './fixtures/occupations';
import { countryName, type SandboxLanguage } from './fixtures/translations';

const BY_KEY: Record<string, readonly Definition[]> = {
  citizenship: COUNTRIES,
  country_of_residence: COUNTRIES,
  occupation: OCCUPATIONS,
};

const localizedCountries = new Map<SandboxLanguage, readonly Definition[]>();

/** The countries with their names in `language`, in that language's alphabetical order. */
function countriesIn(language: SandboxLanguage): readonly Definition[] {
  if (language === 'en') return COUNTRIES;
  let countries = localizedCountries.get(language);
  if (!countries) {
    const collator = new Intl.Collator(language);
    countries = COUNTRIES.map(({ value, title }) => ({ value, title: countryName(value, language) ?? title })).sort(
      (a, b) => collator.compare(a.title, b.title),
    );
    localizedCountries.set(language, countries);
  }
  return countries;
}

export function definitionsFor(key: string, language: SandboxLanguage = 'en'): readonly Definition[] | undefined {
  if (!Object.hasOwn(BY_KEY, key)) return undefined;
  return BY_KEY[key] === COUNTRIES ? countriesIn(language) : BY_KEY[key];
}

export function definitionValues(key: string): string[] | undefined {
  return definitionsFor(key)?.map((definition) => definition.value);
}
