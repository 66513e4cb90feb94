/**
 * The built-in catalogue of the widget's locale, or `undefined` while its chunk downloads (then the
 * provider shows nothing rather than keys or words of another language). The download starts during the
 * first render in a browser, not after it. On the server nothing is fetched: a server renders the widget
 * empty, as the browser's first render does, unless `loadMessages(locale)` was awaited before (on both
 * sides, for hydration).
 */
import { useSyncExternalStore } from 'react';
import { catalogueFor, loadMessages, onCatalogueLoaded } from './catalogueFor';
import type { Messages } from './en';

export function useBuiltInMessages(locale: string): Messages | undefined {
  const snapshot = () => catalogueFor(locale);
  const messages = useSyncExternalStore(onCatalogueLoaded, snapshot, snapshot);
  // A failure is retried by the next widget that mounts; until then this one stays empty.
  if (!messages && typeof document !== 'undefined') loadMessages(locale).catch(() => undefined);
  return messages;
}
