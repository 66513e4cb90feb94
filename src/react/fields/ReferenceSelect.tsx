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
 * At most `RENDER_PAGE` (useReferenceCombobox) options render at a time; moving or scrolling past the end renders the
 * next page, and a hint asks the user to keep typing. The state and keys live in `useReferenceCombobox`,
 * the options in `useReferenceOptions`, the popup in `ReferenceSelectListbox`.
 */
import { useRef } from 'react';
import { LoadState } from './LoadState';
import { FieldShell, describedBy } from './FieldShell';
import type { FieldProps } from './fieldProps';
import { ReferenceSelectListbox } from './ReferenceSelectListbox';
import { useKyc } from '../context/KycContext';
import { useReferenceCombobox } from '../hooks/useReferenceCombobox';
import { useReferenceOptions } from '../hooks/useReferenceOptions';

export function ReferenceSelect({ question, id, value, onValueChange, onBlur, error, disabled }: FieldProps<string>) {
  const { t } = useKyc();
  const { definitions, options, search } = useReferenceOptions(question.attribute.key);
  const box = useReferenceCombobox({
    id,
    options,
    search,
    value,
    onValueChange,
    required: question.is_required,
    disabled,
  });
  const { isOpen, matches } = box;
  const inputRef = useRef<HTMLInputElement>(null);

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
            aria-controls={box.listboxId}
            aria-activedescendant={isOpen && box.active >= 0 ? box.optionId(box.active) : undefined}
            aria-describedby={describedBy(id, question, error)}
            aria-invalid={error ? true : undefined}
            aria-required={question.is_required || undefined}
            aria-busy={definitions.isPending || undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('reference.placeholder')}
            value={box.text}
            disabled={disabled}
            onChange={(event) => box.type(event.target.value)}
            onClick={() => !isOpen && box.openList('none')}
            onKeyDown={box.handleKeyDown}
            onBlur={() => {
              box.commitText();
              onBlur?.();
            }}
          />
          <button
            type="button"
            className="kyc-select__toggle"
            tabIndex={-1}
            aria-label={t('reference.toggle')}
            aria-controls={box.listboxId}
            aria-expanded={isOpen}
            disabled={disabled}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              inputRef.current?.focus();
              if (isOpen) box.close();
              else box.openList('none');
            }}
          >
            <span aria-hidden="true" className="kyc-select__chevron" />
          </button>
        </div>
        <ReferenceSelectListbox
          id={box.listboxId}
          label={question.title}
          isOpen={isOpen}
          loaded={loaded}
          shown={box.shown}
          matchCount={matches.length}
          value={value}
          active={box.active}
          optionId={box.optionId}
          onChoose={box.choose}
          onShowMore={box.showMore}
        />
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
