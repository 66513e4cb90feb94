/**
 * The state of the reference combobox (WAI-ARIA APG editable combobox with list autocomplete): the typed
 * text, whether the list is open, the highlighted option and how many options render, with the keyboard
 * rules of `ReferenceSelect`'s description. Stores the definition's `value`; shows its `title`.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Definition } from '../../core/schemas';
import { findExactTitle } from '../../core/filterOptions';
import { isListNavigationKey, nextListIndex } from '../../core/listNavigation';

/** How many options render at once; more render as the user moves or scrolls past the end. */
const RENDER_PAGE = 100;

export interface ReferenceComboboxInput {
  /** Id of the input; the listbox and option ids derive from it. */
  id: string;
  options: readonly Definition[];
  search: (query: string) => readonly Definition[];
  value: string | null;
  onValueChange: (value: string | null) => void;
  /** A required answer is never cleared by emptying the text. */
  required: boolean;
  disabled: boolean | undefined;
}

export function useReferenceCombobox(input: ReferenceComboboxInput) {
  const { id, options, search, value, onValueChange, required, disabled } = input;
  /** The text being typed; null while the box shows the chosen option. */
  const [query, setQueryState] = useState<string | null>(null);
  // Mirrors `query` for the blur that follows a Tab choice before the re-render lands.
  const queryRef = useRef<string | null>(null);
  const setQuery = useCallback((next: string | null) => {
    queryRef.current = next;
    setQueryState(next);
  }, []);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [limit, setLimit] = useState(RENDER_PAGE);

  const matches = useMemo(() => (query === null ? options : search(query)), [options, query, search]);
  const shown = useMemo(() => matches.slice(0, limit), [matches, limit]);
  const chosen = options.find((option) => option.value === value);
  const text = query ?? chosen?.title ?? (value === null || value === undefined ? '' : String(value));
  const listboxId = `${id}-listbox`;
  const optionId = useCallback((index: number) => `${id}-option-${index}`, [id]);
  const isOpen = open && !disabled;

  useEffect(() => {
    if (isOpen && active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  }, [isOpen, active, optionId]);

  /** Closes the list and shows the chosen option again. */
  const close = useCallback(() => {
    setOpen(false);
    setActive(-1);
    setQuery(null);
    setLimit(RENDER_PAGE);
  }, [setQuery]);

  const choose = useCallback(
    (option: Definition) => {
      close();
      if (option.value !== value) onValueChange(option.value);
    },
    [close, onValueChange, value],
  );

  /** Highlight `index` of the matches, rendering enough pages to show it. */
  function highlight(index: number) {
    setActive(index);
    if (index >= limit) setLimit(Math.ceil((index + 1) / RENDER_PAGE) * RENDER_PAGE);
  }

  function openList(highlightFrom: 'chosen-or-first' | 'chosen-or-last' | 'none') {
    setOpen(true);
    if (highlightFrom === 'none' || matches.length === 0) return setActive(-1);
    const chosenIndex = query === null && chosen ? matches.indexOf(chosen) : -1;
    highlight(chosenIndex >= 0 ? chosenIndex : highlightFrom === 'chosen-or-first' ? 0 : matches.length - 1);
  }

  /** Accepts typed text that names an option, or clears an optional answer; then closes. */
  function commitText() {
    const typed = queryRef.current?.trim();
    if (typed !== undefined) {
      const exact = findExactTitle(options, typed);
      if (exact) return choose(exact);
      if (typed === '' && !required && value !== null) onValueChange(null);
    }
    close();
  }

  /** The user typed: filter, open the list, highlight nothing. */
  function type(next: string) {
    setQuery(next);
    setOpen(true);
    setActive(-1);
    setLimit(RENDER_PAGE);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const { key } = event;
    if (isListNavigationKey(key)) {
      if ((key === 'Home' || key === 'End') && (!isOpen || active < 0)) return; // caret movement
      event.preventDefault();
      if (!isOpen)
        return openList(
          event.altKey ? 'none' : key === 'ArrowUp' || key === 'PageUp' ? 'chosen-or-last' : 'chosen-or-first',
        );
      return highlight(nextListIndex(key, active, matches.length));
    }
    if (key === 'Enter' && isOpen) {
      event.preventDefault();
      const typed = query?.trim() ?? '';
      const target =
        active >= 0
          ? matches[active]
          : (findExactTitle(options, typed) ?? (matches.length === 1 && typed !== '' ? matches[0] : undefined));
      if (target) return choose(target);
      if (typed === '') commitText(); // an emptied optional answer is cleared; other text stays for editing
      return;
    }
    if (key === 'Escape' && (isOpen || query !== null)) {
      event.preventDefault();
      event.stopPropagation(); // close our list, not the partner's dialog around the widget
      return close();
    }
    if (key === 'Tab' && isOpen) {
      const target = active >= 0 ? matches[active] : undefined;
      if (target) choose(target);
    }
    if (key === 'ArrowLeft' || key === 'ArrowRight') setActive(-1); // back to editing the text
  }

  return {
    text,
    isOpen,
    active,
    matches,
    shown,
    listboxId,
    optionId,
    type,
    openList,
    close,
    choose,
    commitText,
    handleKeyDown,
    /** Renders the next page of options (the list was scrolled to its end). */
    showMore: () => setLimit(limit + RENDER_PAGE),
  };
}
