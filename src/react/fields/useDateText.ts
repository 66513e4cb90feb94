/**
 * The text of a date field. What the client types is read in the widget's locale (`core/dateInput.ts`)
 * when they leave the field, then written back in the locale's format, so they see how it was read
 * (`31121990` becomes `31.12.1990` in German). The form gets the ISO date (`1990-12-31`); text that is not
 * a date is passed on as the text itself, so the form's check refuses it and nothing is sent.
 */
import { useState } from 'react';
import { dateExample, formatDateInput, parseDateInput, type DateInput } from '../../core/dateInput';
import { useKyc } from '../context/KycContext';

export interface DateText {
  /** The text to show. */
  text: string;
  /** The client typed: shown at once, read on `commit()`. */
  change(raw: string): void;
  /** The client left the field: passes on the ISO date (or null, or the unreadable text). */
  commit(): void;
  /** The date 31 December 1990 in the locale's format: the example the hint shows. */
  example: string;
  /** Why the text on screen is not a date, in the client's words; undefined when it is one (or empty). */
  problem: string | undefined;
}

interface Draft {
  text: string;
  /** Passed on to the form (at `commit()`); until then it is shown whatever the form's value. */
  committed: boolean;
}

/** What the form gets for a typed text. */
function answerOf(read: DateInput, raw: string): string | null {
  return read.kind === 'empty' ? null : read.kind === 'date' ? read.iso : raw;
}

export function useDateText(value: unknown, onValueChange: (value: string | null) => void): DateText {
  const { t, locale } = useKyc();
  const [draft, setDraft] = useState<Draft | null>(null);
  const holds = (text: string) => {
    const answer = answerOf(parseDateInput(text, locale), text);
    return answer === value || (answer === null && (value === undefined || value === null || value === ''));
  };
  const saved = value === null || value === undefined ? '' : formatDateInput(String(value), locale);
  const text = draft && (!draft.committed || holds(draft.text)) ? draft.text : saved;
  const example = dateExample(locale);
  return {
    text,
    example,
    problem:
      parseDateInput(text, locale).kind === 'invalid'
        ? t('field.date.format', { example: `\u2068${example}\u2069` })
        : undefined,
    change: (raw) => setDraft({ text: raw, committed: false }),
    commit() {
      if (!draft || draft.committed) return;
      const read = parseDateInput(draft.text, locale);
      setDraft({ text: read.kind === 'date' ? formatDateInput(read.iso, locale) : draft.text, committed: true });
      const answer = answerOf(read, draft.text);
      if (answer !== value) onValueChange(answer);
    },
  };
}
