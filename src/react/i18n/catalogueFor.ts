/**
 * The built-in message catalogues and how they load. Each (English, German, French, Arabic) is a chunk
 * of its own, fetched with `import()` when a widget in that language mounts (or `loadMessages` asks),
 * so a page downloads only the words it shows and the widget's first chunk stays the same size however
 * many messages the questionnaire gains. Languages without a catalogue use English.
 */
import type { Messages } from './en';

const LOADERS: Readonly<Record<string, () => Promise<Messages>>> = {
  en: () => import('./en').then((module) => module.en),
  de: () => import('./de').then((module) => module.de),
  fr: () => import('./fr').then((module) => module.fr),
  ar: () => import('./ar').then((module) => module.ar),
};

/** Catalogues at hand, by language. */
const loaded = new Map<string, Messages>();
const pending = new Map<string, Promise<Messages>>();
const listeners = new Set<() => void>();

/** The language of a BCP 47 locale (`de-AT` → `de`), lower-cased; `en` when none is given. */
function languageOf(locale: string | undefined): string {
  return (locale ?? 'en').split(/[-_]/)[0]?.toLowerCase() || 'en';
}

/** The built-in catalogue a locale uses: its language's, or English for languages without one. */
function catalogueLanguage(locale: string | undefined): string {
  const language = languageOf(locale);
  return LOADERS[language] ? language : 'en';
}

/** The built-in catalogue for `locale` if it has arrived, else `undefined` until `loadMessages(locale)` has it. */
export function catalogueFor(locale: string | undefined): Messages | undefined {
  return loaded.get(catalogueLanguage(locale));
}

/**
 * The built-in catalogue for a locale (`de-AT` → German, `ar-EG` → Arabic; English for languages without
 * one), fetched on first use and kept for the page's life. A widget in that language mounted afterwards
 * renders at once, so calling it early (when a route opens, or before a server render) saves the
 * widget's short wait for its words. The `messages` prop still wins over it, key by key.
 *
 * @example
 * import { loadMessages } from 'react-kyc-flow';
 *
 * void loadMessages(user.locale); // when the route opens: the widget then renders without waiting
 */
export function loadMessages(locale: string | undefined): Promise<Messages> {
  const language = catalogueLanguage(locale);
  const ready = loaded.get(language);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(language);
  if (!promise) {
    const load = LOADERS[language] ?? LOADERS.en;
    promise = (load ? load() : Promise.reject(new Error('no catalogue')))
      .catch((error: unknown) => {
        // A chunk that cannot be downloaded (offline, a deploy removed it): English rather than a blank
        // widget; if English fails too, the next mount tries again.
        if (language === 'en') throw error;
        return loadMessages('en');
      })
      .then(
        (messages) => settle(language, messages),
        (error: unknown) => {
          pending.delete(language);
          throw error;
        },
      );
    pending.set(language, promise);
  }
  return promise;
}

function settle(language: string, messages: Messages): Messages {
  loaded.set(language, messages);
  pending.delete(language);
  for (const listener of listeners) listener();
  return messages;
}

/** Calls `listener` whenever a catalogue arrives; returns the unsubscribe function. */
export function onCatalogueLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
