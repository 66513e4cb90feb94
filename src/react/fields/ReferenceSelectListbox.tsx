/**
 * The popup of `ReferenceSelect`: the listbox with the options that render now, and hints when nothing
 * matches or when more matches exist than render (scrolling to the end renders more).
 */
import { memo } from 'react';
import type { Definition } from '../../core/schemas';
import { useKyc } from '../context/KycContext';

/** How close to the end of the list (in pixels) a scroll renders the next page. */
const NEAR_END_PX = 48;

export interface ReferenceSelectListboxProps {
  id: string;
  /** The question's title, as the listbox's name. */
  label: string;
  isOpen: boolean;
  /** Whether the options have loaded (an empty list then means no match). */
  loaded: boolean;
  /** The matches that render now. */
  shown: readonly Definition[];
  /** How many options match. */
  matchCount: number;
  value: string | null;
  /** Index of the highlighted option, -1 for none. */
  active: number;
  optionId: (index: number) => string;
  onChoose: (option: Definition) => void;
  /** The list was scrolled to its end while more matches than render exist. */
  onShowMore: () => void;
}

export function ReferenceSelectListbox(props: ReferenceSelectListboxProps) {
  const { id, label, isOpen, loaded, shown, matchCount, value, active, optionId, onChoose, onShowMore } = props;
  const { t } = useKyc();
  return (
    // mousedown kept from blurring the input, so clicking an option or the scrollbar does not close the list
    <div className="kyc-select__popup" hidden={!isOpen} onMouseDown={(event) => event.preventDefault()}>
      <ul
        id={id}
        role="listbox"
        aria-label={label}
        className="kyc-select__listbox"
        onScroll={(event) => {
          const list = event.currentTarget;
          if (shown.length < matchCount && list.scrollTop + list.clientHeight >= list.scrollHeight - NEAR_END_PX)
            onShowMore();
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
                onChoose={onChoose}
              />
            ))
          : null}
      </ul>
      {isOpen && loaded && matchCount === 0 ? <p className="kyc-select__hint">{t('reference.noMatches')}</p> : null}
      {isOpen && matchCount > shown.length ? (
        <p className="kyc-select__hint">{t('reference.truncated', { shown: shown.length, count: matchCount })}</p>
      ) : null}
    </div>
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
