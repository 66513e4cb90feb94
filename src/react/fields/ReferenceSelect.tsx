/**
 * A `reference` question: an editable combobox with list autocomplete (WAI-ARIA APG pattern) over the
 * attribute's definitions. Typing filters (case- and diacritic-insensitive, prefix matches first); the
 * stored value is the definition's `value`, the closed box shows its `title`.
 *
 * Keyboard, as in the APG pattern: ArrowDown/ArrowUp open the list and move the highlight (Alt+ArrowDown
 * opens without moving), PageDown/PageUp move ten options, Home/End move to the first/last option while
 * an option is highlighted (otherwise they move the caret), Enter chooses the highlighted option (or the
 * only match), Escape closes the list and restores the chosen title. Tab leaves the field and chooses the
 * highlighted option only if the user moved the highlight with the keyboard; typed text alone is
 * accepted on leaving only when it equals one option's title. Emptying the text of an optional question
 * clears the answer; for a required one the previous answer comes back.
 *
 * At most {@link RENDER_PAGE} options render at a time; moving or scrolling past the end renders the
 * next page, and a hint asks the user to keep typing.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Definition } from '../../core/schemas';
import { createOptionFilter, findExactTitle } from '../../core/filterOptions';
import { isListNavigationKey, nextListIndex } from '../../core/listNavigation';
import { LoadState } from './LoadState';
import { FieldShell, describedBy } from './FieldShell';
import type { FieldProps } from './fieldProps';
import { useKyc } from '../context/KycContext';
import { definitionsQuery } from '../queries';

/** How many options render at once; more render as the user moves or scrolls past the end. */
export const RENDER_PAGE = 100;
const EMPTY: readonly Definition[] = [];

export function ReferenceSelect({ question, id, value, onValueChange, onBlur, error, disabled }: FieldProps<string>) {
  const { client, t } = useKyc();
  const definitions = useQuery(definitionsQuery(client, question.attribute.key));
  const options = definitions.data ?? EMPTY;
  const search = useMemo(() => createOptionFilter(options), [options]);

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
  const inputRef = useRef<HTMLInputElement>(null);

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
      if (typed === '' && !question.is_required && value !== null) onValueChange(null);
    }
    close();
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

  const loaded = definitions.isSuccess;
  const status =
    !isOpen || !loaded
      ? ''
      : matches.length === 0
        ? t('reference.noMatches')
        : matches.length === 1
          ? t('reference.countOne')
          : t('reference.count', { count: matches.length });

  return (
    <FieldShell id={id} question={question} error={error} disabled={disabled} kind="reference">
      <div className="kyc-select" data-state={isOpen ? 'open' : 'closed'}>
        <div className="kyc-select__control">
          <input
            ref={inputRef}
            id={id}
            name={question.attribute.key}
            className="kyc-input kyc-select__input"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={isOpen}
            aria-controls={listboxId}
            aria-activedescendant={isOpen && active >= 0 ? optionId(active) : undefined}
            aria-describedby={describedBy(id, question, error)}
            aria-invalid={error ? true : undefined}
            aria-required={question.is_required || undefined}
            aria-busy={definitions.isPending || undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('reference.placeholder')}
            value={text}
            disabled={disabled}
            onChange={(event) => {
              setQuery(event.target.value);
              setOpen(true);
              setActive(-1);
              setLimit(RENDER_PAGE);
            }}
            onClick={() => !isOpen && openList('none')}
            onKeyDown={handleKeyDown}
            onBlur={() => {
              commitText();
              onBlur?.();
            }}
          />
          <button
            type="button"
            className="kyc-select__toggle"
            tabIndex={-1}
            aria-label={t('reference.toggle')}
            aria-controls={listboxId}
            aria-expanded={isOpen}
            disabled={disabled}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              inputRef.current?.focus();
              if (isOpen) close();
              else openList('none');
            }}
          >
            <span aria-hidden="true" className="kyc-select__chevron" />
          </button>
        </div>
        {/* mousedown kept from blurring the input, so clicking an option or the scrollbar does not close the list */}
        <div className="kyc-select__popup" hidden={!isOpen} onMouseDown={(event) => event.preventDefault()}>
          <ul
            id={listboxId}
            role="listbox"
            aria-label={question.title}
            className="kyc-select__listbox"
            onScroll={(event) => {
              const list = event.currentTarget;
              if (limit < matches.length && list.scrollTop + list.clientHeight >= list.scrollHeight - 48)
                setLimit(limit + RENDER_PAGE);
            }}
          >
            {isOpen
              ? shown.map((option, index) => (
                  <ReferenceOption
                    key={option.value}
                    id={optionId(index)}
                    option={option}
                    selected={option.value === value}
                    highlighted={index === active}
                    onChoose={choose}
                  />
                ))
              : null}
          </ul>
          {isOpen && loaded && matches.length === 0 ? (
            <p className="kyc-select__hint">{t('reference.noMatches')}</p>
          ) : null}
          {isOpen && matches.length > shown.length ? (
            <p className="kyc-select__hint">
              {t('reference.truncated', { shown: shown.length, count: matches.length })}
            </p>
          ) : null}
        </div>
        <p className="kyc-select__status" role="status">
          {status}
        </p>
        <LoadState
          query={definitions}
          hasData={loaded}
          block="kyc-select"
          loading={t('reference.loading')}
          failed={t('reference.loadError')}
          retry={t('reference.retry')}
        />
      </div>
    </FieldShell>
  );
}

interface ReferenceOptionProps {
  id: string;
  option: Definition;
  selected: boolean;
  highlighted: boolean;
  onChoose: (option: Definition) => void;
}

/** One option; memoised so moving the highlight re-renders two options, not the whole list. */
const ReferenceOption = memo(function ReferenceOption({
  id,
  option,
  selected,
  highlighted,
  onChoose,
}: ReferenceOptionProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      className="kyc-select__option"
      data-highlighted={highlighted || undefined}
      data-selected={selected || undefined}
      onClick={() => onChoose(option)}
    >
      {option.title}
    </li>
  );
});
