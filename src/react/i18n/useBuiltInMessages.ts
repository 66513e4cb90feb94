/**
 * The built-in catalogue of the widget's locale, or `undefined` while its chunk downloads (then the
 * provider shows nothing rather than words of another language). The download starts during the first
 * render in a browser, not after it; on the server nothing is fetched, so a server renders English
 * widgets in full and others empty, as the browser's first render does.
 */
import { useSyncExternalStore } from 'react';
import { catalogueFor, loadMessages, onCatalogueLoaded } from './catalogueFor';
import type { Messages } from './en';

export function useBuiltInMessages(locale: string): Messages | undefined {
  const snapshot = () => catalogueFor(locale);
  const messages = useSyncExternalStore(onCatalogueLoaded, snapshot, snapshot);
  if (!messages && typeof document !== 'undefined') void loadMessages(locale);
  return messages;
}
