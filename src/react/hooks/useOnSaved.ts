/**
 * Calls back when the autosave queue has saved one key's value on the server, with the value saved.
 * It reads only the queue's public state (`subscribe`, `getSnapshot`, `pendingValue`): a key that was in
 * the save in flight (and had no newer change waiting) and is then neither saving nor pending was saved.
 * A failed save puts the key back among the pending keys, so a failure calls nothing; a retry that
 * succeeds later calls back then. A value replaced before it was saved is never reported.
 */
import { useEffect } from 'react';
import type { AutosaveQueue } from '../../core/autosaveQueue';
import { useLatest } from './useLatest';

/**
 * @example
 * useOnSaved(queue, 'terms_and_conditions', (value) => console.info('saved', value));
 */
export function useOnSaved(
  queue: AutosaveQueue | null | undefined,
  key: string,
  onSaved: (value: unknown) => void,
): void {
  const latest = useLatest(onSaved);
  useEffect(() => {
    if (!queue) return;
    let inFlight: { value: unknown } | undefined;
    const check = () => {
      const { pendingKeys, savingKeys } = queue.getSnapshot();
      const pending = pendingKeys.includes(key);
      const saving = savingKeys.includes(key);
      if (pending) {
        // Not saved yet, or failed and back in the queue, or replaced by a newer value.
        inFlight = undefined;
      } else if (saving) {
        inFlight = queue.pendingValue(key);
      } else if (inFlight) {
        const saved = inFlight;
        inFlight = undefined;
        latest.current(saved.value);
      }
    };
    check();
    return queue.subscribe(check);
  }, [queue, key, latest]);
}
