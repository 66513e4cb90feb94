/**
 * The built-in message catalogues and how they load. English is in the widget's first chunk (it is the
 * fallback for languages without a catalogue); German, French and Arabic are each a chunk of their own,
 * fetched with `import()` when a widget in that language mounts (or `loadMessages` asks), so a page
 * downloads only the language it shows.
 */
import { en, type Messages } from './en';

const LOADERS: Readonly<Record<string, () => Promise<Messages>>> = {
  de: () => import('./de').then((module) => module.de),
  fr: () => import('./fr').then((module) => module.fr),
  ar: () => import('./ar').then((module) => module.ar),
};

/** Catalogues at hand, by language; a language whose chunk failed to download falls back to English. */
const loaded = new Map<string, Messages>([['en', en]]);
const pending = new Map<string, Promise<Messages>>();
const listeners = new Set<() => void>();

/** The language of a BCP 47 locale (`de-AT` → `de`), lower-cased; `en` when none is given. */
export function languageOf(locale: string | undefined): string {
  return (locale ?? 'en').split(/[-_]/)[0]?.toLowerCase() || 'en';
}

/**
 * The built-in catalogue for `locale` if it is at hand (English always, and for languages without a
 * catalogue of their own), else `undefined` until `loadMessages(locale)` has fetched it.
 */
export function catalogueFor(locale: string | undefined): Messages | undefined {
  const language = languageOf(locale);
  return LOADERS[language] ? loaded.get(language) : en;
}

/**
 * The built-in catalogue for a locale (`de-AT` → German, `ar-EG` → Arabic; English for languages without
 * one), fetched on first use and kept for the page's life. A widget in that language mounted afterwards
 * renders at once, so calling it early (when a route opens) saves the widget's short wait for its words.
 * The `messages` prop still wins over it, key by key.
 *
 * @example
 * import { loadMessages } from 'react-kyc-flow';
 *
 * const german = await loadMessages('de');
 * console.info(german['flow.title']);
 */
export function loadMessages(locale: string | undefined): Promise<Messages> {
  const language = languageOf(locale);
  const ready = catalogueFor(language);
  if (ready) return Promise.resolve(ready);
  const load = LOADERS[language];
  if (!load) return Promise.resolve(en);
  let promise = pending.get(language);
  if (!promise) {
    promise = load().then(
      (messages) => settle(language, messages),
      // A chunk that cannot be downloaded (offline, a deploy removed it) must not leave the widget blank.
      () => settle(language, en),
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
