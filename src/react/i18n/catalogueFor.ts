/** Picks the built-in message catalogue for a BCP 47 locale by its language; English when there is none. */
import { ar } from './ar';
import { de } from './de';
import { en, type Messages } from './en';
import { fr } from './fr';

const catalogues: Readonly<Record<string, Messages>> = { en, de, fr, ar };

/**
 * The built-in catalogue for `locale` (`de-AT` → German, `ar-EG` → Arabic); English for languages
 * without one. Partners can spread it and override keys: `{ ...catalogueFor('de'), 'flow.title': '…' }`.
 */
export function catalogueFor(locale: string | undefined): Messages {
  const language = (locale ?? 'en').split(/[-_]/)[0]?.toLowerCase() ?? 'en';
  return catalogues[language] ?? en;
}
