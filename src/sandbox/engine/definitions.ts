/** Reference data by attribute key: the options of `reference` attributes. */
import type { Definition } from '../../core/schemas';
import { COUNTRIES } from './fixtures/countries';
import { OCCUPATIONS } from './fixtures/occupations';

const BY_KEY: Record<string, readonly Definition[]> = {
  citizenship: COUNTRIES,
  country_of_residence: COUNTRIES,
  occupation: OCCUPATIONS,
};

export function definitionsFor(key: string): readonly Definition[] | undefined {
  return Object.hasOwn(BY_KEY, key) ? BY_KEY[key] : undefined;
}

export function definitionValues(key: string): string[] | undefined {
  return definitionsFor(key)?.map((definition) => definition.value);
}
