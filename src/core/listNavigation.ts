/**
 * Keyboard movement through a list of options (listbox, combobox popup): which index a key moves the
 * highlight to. Pure, so the widget's comboboxes share one tested rule.
 */

/** The keys that move the highlight. */
export type ListNavigationKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

const KEYS: ReadonlySet<string> = new Set<ListNavigationKey>([
  'ArrowDown',
  'ArrowUp',
  'Home',
  'End',
  'PageDown',
  'PageUp',
]);

export function isListNavigationKey(key: string): key is ListNavigationKey {
  return KEYS.has(key);
}

export interface ListNavigationOptions {
  /** How far PageDown/PageUp move. Default 10. */
  pageSize?: number;
  /** Whether ArrowDown on the last option goes to the first (and ArrowUp on the first to the last). Default true. */
  wrap?: boolean;
}

/**
 * The index `key` moves the highlight to in a list of `count` options, from `current` (-1 when no
 * option is highlighted); -1 when the list is empty. With nothing highlighted, ArrowDown and PageDown
 * start at the top, ArrowUp and PageUp at the bottom.
 *
 * @example nextListIndex('ArrowDown', 9, 10) // 0 (wraps)
 * @example nextListIndex('PageDown', 3, 10) // 9
 */
export function nextListIndex(
  key: ListNavigationKey,
  current: number,
  count: number,
  options: ListNavigationOptions = {},
): number {
  if (count <= 0) return -1;
  const { pageSize = 10, wrap = true } = options;
  const last = count - 1;
  const from = Math.min(current, last);
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'ArrowDown':
      if (from < 0) return 0;
      return from === last ? (wrap ? 0 : last) : from + 1;
    case 'ArrowUp':
      if (from < 0) return last;
      return from === 0 ? (wrap ? last : 0) : from - 1;
    case 'PageDown':
      return Math.min((from < 0 ? -1 : from) + pageSize, last);
    case 'PageUp':
      return from < 0 ? Math.max(last - pageSize + 1, 0) : Math.max(from - pageSize, 0);
  }
}
