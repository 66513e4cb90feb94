/**
 * The text of a number field. What the client types is read (`core/numberInput.ts`) when they leave the
 * field, not at each keystroke: "48" on the way to "48.000" is never saved as an answer, so text that
 * ends up refused (as ambiguous) cannot leave an earlier reading behind on the server. The text stays on
 * screen as typed while it still means the form's value ("48 000,50" is not rewritten as "48000.5");
 * otherwise the value is written in the locale's format. Text that is not one number is passed on as the
 * text itself, so the form's check refuses it and nothing is sent.
 */
import { useState } from 'react';
import { formatNumberInput, numberExample, parseNumberInput, type NumberInput } from '../../core/numberInput';
import { useKyc } from '../context/KycContext';

export interface NumberText {
  /** The text to show. */
  text: string;
  /** The client typed: shown at once, read on `commit()`. */
  change(raw: string): void;
  /** The client left the field: passes on the number (or null, or the unreadable text). */
  commit(): void;
  /** Why the text on screen is not a number, in the client's words; undefined when it is one (or empty). */
  problem: string | undefined;
}

interface Draft {
  text: string;
  /** Passed on to the form (at `commit()`); until then it is shown whatever the form's value. */
  committed: boolean;
}

/** The value as a text the field can show. */
function textOf(value: unknown, locale: string): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' && Number.isFinite(value) ? formatNumberInput(value, locale) : String(value);
}

/** What the form gets for a typed text. */
function answerOf(read: NumberInput, raw: string): string | number | null {
  return read.kind === 'empty' ? null : read.kind === 'number' ? read.value : raw;
}

export function useNumberText(value: unknown, onValueChange: (value: string | number | null) => void): NumberText {
  const { t, locale } = useKyc();
  const [draft, setDraft] = useState<Draft | null>(null);
  const holds = (text: string) => {
    const answer = answerOf(parseNumberInput(text, locale), text);
    return answer === value || (answer === null && (value === undefined || value === ''));
  };
  const text = draft && (!draft.committed || holds(draft.text)) ? draft.text : textOf(value, locale);
  const read = parseNumberInput(text, locale);
  const problem =
    read.kind !== 'invalid'
      ? undefined
      : read.reason === 'too_long'
        ? t('field.number.tooLong')
        : t('field.number.format', { example: numberExample(locale) });
  return {
    text,
    problem,
    change: (raw) => setDraft({ text: raw, committed: false }),
    commit() {
      if (!draft || draft.committed) return;
      setDraft({ text: draft.text, committed: true });
      const answer = answerOf(parseNumberInput(draft.text, locale), draft.text);
      if (answer !== value) onValueChange(answer);
    },
  };
}
