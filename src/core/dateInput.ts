/**
 * Dates typed by people, read in the order their locale writes them (taken from
 * `Intl.DateTimeFormat(locale).formatToParts`: 31/12/1990 in French, 31.12.1990 in German, 12/31/1990 in
 * American English, 1990/12/31 in Japanese), and ISO dates (`YYYY-MM-DD`, the stored answer) written back
 * the same way. The browser's own date picker is not used: it follows the browser's language, not the
 * widget's.
 *
 * Reading rules:
 * - Digits: ASCII, Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹); bidi marks are ignored.
 * - An ISO date (`1990-12-31`, year first) is read as such in every locale.
 * - Otherwise three groups of digits separated by anything that is not a digit (`.`, `/`, `-`, spaces)
 *   are day, month and year in the locale's order; eight digits in a row are split the same way
 *   (`31121990` in German). The year has four digits: a two-digit year could be in two centuries.
 * - The day must exist in that month and year (no 31 April, no 29 February 1990).
 * Whether the date may be in the future is the answer's check (`answerRules.ts`), not the reading's.
 * @internal Exported for its tests; not part of the package.
 */
export type DatePart = 'day' | 'month' | 'year';

/** What a typed text is, as a date. */
export type DateInput = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid' };

const BIDI_MARKS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const WIDTH: Record<DatePart, number> = { day: 2, month: 2, year: 4 };
const EXAMPLE = Date.UTC(1990, 11, 31);

const orderCache = new Map<string, readonly DatePart[]>();

/** A formatter for `locale` in the Gregorian calendar, with 2-digit day and month; English if refused. */
function numericFormat(locale: string): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    calendar: 'gregory',
    timeZone: 'UTC',
  };
  try {
    return new Intl.DateTimeFormat(locale.replace(/_/g, '-'), options);
  } catch {
    return new Intl.DateTimeFormat('en', options);
  }
}

/**
 * The order in which `locale` writes day, month and year.
 *
 * @example datePartOrder('de') // ['day', 'month', 'year']
 * @example datePartOrder('en-US') // ['month', 'day', 'year']
 * @internal Exported for its tests; not part of the package.
 */
export function datePartOrder(locale: string): readonly DatePart[] {
  let order = orderCache.get(locale);
  if (!order) {
    const found = numericFormat(locale)
      .formatToParts(EXAMPLE)
      .map((part) => part.type)
      .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
    order = found.length === 3 ? found : ['day', 'month', 'year'];
    orderCache.set(locale, order);
  }
  return order;
}

/** Arabic-Indic and Extended Arabic-Indic digits as ASCII digits; bidi marks removed; trimmed. */
function normalise(text: string): string {
  return text
    .replace(BIDI_MARKS, '')
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .trim();
}

/** The ISO date of a year, month and day, or null when that day does not exist. */
function isoOf(year: string, month: string, day: string): string | null {
  if (year.length !== 4 || month.length > 2 || day.length > 2) return null;
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  if (y < 1 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * Reads a typed date in `locale`'s order.
 *
 * @example parseDateInput('31.12.1990', 'de') // { kind: 'date', iso: '1990-12-31' }
 * @example parseDateInput('12/31/1990', 'en') // { kind: 'date', iso: '1990-12-31' }
 * @example parseDateInput('1990-12-31', 'fr') // { kind: 'date', iso: '1990-12-31' }
 */
export function parseDateInput(text: string, locale: string): DateInput {
  const clean = normalise(text);
  if (clean === '') return { kind: 'empty' };
  const iso = ISO.exec(clean);
  if (iso) {
    const read = isoOf(iso[1] ?? '', iso[2] ?? '', iso[3] ?? '');
    return read ? { kind: 'date', iso: read } : { kind: 'invalid' };
  }
  const order = datePartOrder(locale);
  let groups = clean.split(/\D+/).filter((group) => group !== '');
  if (groups.length === 1 && /^\d{8}$/.test(clean)) {
    let at = 0;
    groups = order.map((part) => clean.slice(at, (at += WIDTH[part])));
  }
  if (groups.length !== 3) return { kind: 'invalid' };
  const value = (part: DatePart) => groups[order.indexOf(part)] ?? '';
  const read = isoOf(value('year'), value('month'), value('day'));
  return read ? { kind: 'date', iso: read } : { kind: 'invalid' };
}

/**
 * An ISO date as `locale` writes it in numbers (its order, separators and digits); anything that is not
 * an ISO date is returned as it is.
 *
 * @example formatDateInput('1990-12-31', 'de') // '31.12.1990'
 */
export function formatDateInput(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(2000, Number(match[2]) - 1, Number(match[3])));
  date.setUTCFullYear(Number(match[1]));
  return numericFormat(locale).format(date);
}

/** The date 31 December 1990 as `locale` writes it: the example of the format the field expects. */
export function dateExample(locale: string): string {
  return numericFormat(locale).format(EXAMPLE);
}
