/**
 * Numbers typed by people, read with the separators of their locale (taken from `Intl.NumberFormat`),
 * and numbers written back the same way. An answer is never silently turned into another number: text
 * that two conventions would read as different numbers is refused unless the locale's own grouping
 * decides it, and so is text with more digits than a number can hold exactly.
 *
 * Reading rules:
 * - Digits: ASCII, Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹). A leading `-`, `−` or `+`.
 * - Spaces of every kind (U+0020, U+00A0, U+202F …), apostrophes (`'`, `’`) and `٬` only group digits;
 *   `٫` is only a decimal separator. `.` and `,` may be either, so both readings are tried: a separator
 *   that occurs once, last, may be the decimal one; every other separator groups digits in groups of the
 *   locale's sizes (3, or 2 then 3 in `en-IN`), all with the same character.
 * - One reading: taken ("48.000,50" is 48000.5 in any locale; "1,5" is 1.5 even in English).
 * - Two readings of different numbers: the one grouping with the locale's own group separator wins
 *   ("48,000" is 48000 in English, "48.000" is 48000 in German); otherwise it is `ambiguous`
 *   ("48.000" in English, "48,000" in French).
 */

/** What a typed text is, as a number. */
export type NumberInput =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  /**
   * `format`: not a number in any convention; `ambiguous`: two conventions read different numbers;
   * `too_long`: more than 15 significant digits, which a number cannot hold exactly.
   */
  | { kind: 'invalid'; reason: 'format' | 'ambiguous' | 'too_long' };

/** The separators of a locale, as `Intl.NumberFormat` writes them. @internal */
export interface NumberSymbols {
  decimal: string;
  group: string;
  /** Digits in the last group (3) and in the groups before it (3, or 2 in `en-IN`). */
  groupSizes: readonly [primary: number, secondary: number];
}

const MAX_SIGNIFICANT_DIGITS = 15;
const BIDI_MARKS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const SPACE = /\s/u;
const APOSTROPHES = new Set(["'", '’', 'ʼ', '‘']);
const ARABIC_DECIMAL = '٫';
const ARABIC_GROUP = '٬';

const symbolsCache = new Map<string, NumberSymbols>();
const formatCache = new Map<string, Intl.NumberFormat>();

/** A usable locale tag: `de_CH` becomes `de-CH`; a tag Intl refuses becomes `en`. */
function safeLocale(locale: string): string {
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : 'en';
  } catch {
    return 'en';
  }
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatCache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(safeLocale(locale), options);
    formatCache.set(key, format);
  }
  return format;
}

/** The decimal and group separators and group sizes of `locale`. @internal */
export function numberSymbols(locale: string): NumberSymbols {
  const cached = symbolsCache.get(locale);
  if (cached) return cached;
  const parts = numberFormat(locale).formatToParts(1234567890123.5);
  const integers = parts.filter((part) => part.type === 'integer').map((part) => part.value.length);
  const symbols: NumberSymbols = {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    groupSizes: [integers.at(-1) ?? 3, integers.length > 2 ? (integers.at(-2) ?? 3) : 3],
  };
  symbolsCache.set(locale, symbols);
  return symbols;
}

/** One kind of separator: every space is the same kind, and so is every apostrophe. */
function markOf(char: string): string | null {
  if (char === '.' || char === ',' || char === ARABIC_DECIMAL || char === ARABIC_GROUP) return char;
  if (SPACE.test(char)) return ' ';
  if (APOSTROPHES.has(char)) return "'";
  return null;
}

function digitOf(char: string): string | null {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x30 && code <= 0x39) return char;
  if (code >= 0x660 && code <= 0x669) return String(code - 0x660);
  if (code >= 0x6f0 && code <= 0x6f9) return String(code - 0x6f0);
  return null;
}

/** Digit runs and the separator marks between them; null when anything else is in the text. */
function tokenize(text: string): { negative: boolean; runs: string[]; marks: string[] } | null {
  let rest = text;
  let negative = false;
  if (/^[-−+]/.test(rest)) {
    negative = rest[0] !== '+';
    rest = rest.slice(1).trim();
  }
  const runs = [''];
  const marks: string[] = [];
  for (const char of rest) {
    const digit = digitOf(char);
    if (digit !== null) {
      runs[runs.length - 1] += digit;
      continue;
    }
    const mark = markOf(char);
    if (mark === null || (runs.at(-1) === '' && runs.length > 1)) return null;
    marks.push(mark);
    runs.push('');
  }
  if (runs.at(-1) === '' || runs.join('') === '') return null;
  return { negative, runs, marks };
}

interface Reading {
  digits: string;
  /** The character grouping the digits, if any. */
  groupMark: string | undefined;
}

/** The integer runs as one integer, when their grouping is valid for `sizes`. */
function groupedInteger(runs: string[], marks: string[], sizes: NumberSymbols['groupSizes']): Reading | null {
  if (runs.length === 1) return { digits: runs[0] ?? '', groupMark: undefined };
  const groupMark = marks[0];
  if (groupMark === undefined || groupMark === ARABIC_DECIMAL || marks.some((mark) => mark !== groupMark)) return null;
  const [primary, secondary] = sizes;
  const first = runs[0] ?? '';
  const last = runs.at(-1) ?? '';
  const middle = runs.slice(1, -1).map((run) => run.length);
  const middleSize = middle[0] ?? Math.max(secondary, primary);
  const validMiddle = middle.every((length) => length === middleSize && (length === primary || length === secondary));
  const validFirst = first.length >= 1 && first.length <= middleSize && !first.startsWith('0');
  return validMiddle && validFirst && last.length === primary ? { digits: runs.join(''), groupMark } : null;
}

/** Every valid reading: without a decimal separator, and with the last separator as the decimal one. */
function readings(runs: string[], marks: string[], sizes: NumberSymbols['groupSizes']): Reading[] {
  const found: Reading[] = [];
  const whole = groupedInteger(runs, marks, sizes);
  if (whole) found.push(whole);
  const decimal = marks.at(-1);
  const decimalCapable = decimal === '.' || decimal === ',' || decimal === ARABIC_DECIMAL;
  if (decimalCapable && marks.indexOf(decimal) === marks.length - 1) {
    const integer = runs.length === 2 && runs[0] === '' ? { digits: '0', groupMark: undefined } : null;
    const grouped = integer ?? groupedInteger(runs.slice(0, -1), marks.slice(0, -1), sizes);
    if (grouped) found.push({ digits: `${grouped.digits}.${runs.at(-1) ?? ''}`, groupMark: grouped.groupMark });
  }
  return found;
}

/** Digits a number must hold exactly: the whole integer part, and the fraction up to its last non-zero. */
function significantDigits(decimal: string): number {
  const [integer = '', fraction = ''] = decimal.split('.');
  const whole = integer.replace(/^0+/, '');
  const rest = fraction.replace(/0+$/, '');
  return whole === '' ? rest.replace(/^0+/, '').length : whole.length + rest.length;
}

/** The group mark of the locale, in `markOf`'s terms. */
function localGroupMark(symbols: NumberSymbols): string | null {
  return markOf(symbols.group);
}

/**
 * Reads a number typed in `locale` (see the module comment for the rules).
 *
 * @example
 * parseNumberInput('48.000,50', 'de') // { kind: 'number', value: 48000.5 }
 * parseNumberInput('48 000,50', 'fr') // { kind: 'number', value: 48000.5 }
 * parseNumberInput('48.000', 'en')    // { kind: 'invalid', reason: 'ambiguous' }
 */
export function parseNumberInput(text: string, locale: string): NumberInput {
  const cleaned = text.replace(BIDI_MARKS, '').trim();
  if (cleaned === '') return { kind: 'empty' };
  const tokens = tokenize(cleaned);
  if (!tokens) return { kind: 'invalid', reason: 'format' };
  const symbols = numberSymbols(locale);
  const found = readings(tokens.runs, tokens.marks, symbols.groupSizes);
  if (found.length === 0) return { kind: 'invalid', reason: 'format' };
  const values = new Set(found.map((reading) => Number(reading.digits)));
  let chosen = found[0];
  if (values.size > 1) {
    const local = found.filter(
      (reading) => reading.groupMark !== undefined && reading.groupMark === localGroupMark(symbols),
    );
    if (local.length !== 1) return { kind: 'invalid', reason: 'ambiguous' };
    chosen = local[0];
  }
  if (!chosen) return { kind: 'invalid', reason: 'format' };
  if (significantDigits(chosen.digits) > MAX_SIGNIFICANT_DIGITS) return { kind: 'invalid', reason: 'too_long' };
  const magnitude = Number(chosen.digits);
  if (!Number.isFinite(magnitude)) return { kind: 'invalid', reason: 'too_long' };
  // `-0` is stored as 0.
  return { kind: 'number', value: tokens.negative && magnitude !== 0 ? -magnitude : magnitude };
}

/** Fraction digits of the shortest text that reads back as `value` (at most 20, Intl's limit). */
function fractionDigits(value: number): number {
  const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.min(20, Math.max(0, fraction - Number(exponent)));
}

/**
 * `value` written in `locale`, with every digit it has (no rounding) and the locale's grouping.
 *
 * @example formatNumberInput(48000.5, 'fr') // '48 000,5' (U+202F between the groups)
 */
export function formatNumberInput(value: number, locale: string): string {
  const digits = fractionDigits(value);
  return numberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: digits }).format(value);
}

/**
 * A number written the way `locale` expects it to be typed, for messages: "48,000.50" in English,
 * "48.000,50" in German, "48 000,50" in French.
 */
export function numberExample(locale: string): string {
  return numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(48000.5);
}
