/**
 * Search over reference options (countries, currencies …) for the reference select: case- and
 * diacritic-insensitive, best matches first. Pure, so it is tested without a DOM.
 */

/** What a searchable option needs: its stored value and the title people read. */
export interface SearchableOption {
  value: string;
  title: string;
}

/** Letters that do not decompose into a base letter plus marks under NFD. */
const FOLDED: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * The form both the query and the titles are compared in: lower case, without diacritics, typographic
 * apostrophes and dashes made plain, runs of white space made one space.
 *
 * @example normalizeForSearch('Côte d’Ivoire') // "cote d'ivoire"
 */
function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => FOLDED[letter] ?? letter)
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How well an option matches; lower is better (index into the result groups). */
const Rank = { TitlePrefix: 0, WordPrefix: 1, ValueEquals: 2, Contains: 3 } as const;
type Rank = (typeof Rank)[keyof typeof Rank];

interface Indexed<T> {
  option: T;
  title: string;
  value: string;
  /** Start offsets of the words of `title` after the first. */
  wordStarts: number[];
}

/**
 * Prepares `options` once and returns a search function over them. The search returns the options
 * whose title contains the query (or whose value equals it), in this order: titles starting with
 * the query, titles with a word starting with it, values equal to it, other titles containing it;
 * within each group the original order is kept. An empty query returns every option.
 *
 * @example
 * const search = createOptionFilter(countries);
 * search('ger') // [Germany, Algeria, Niger, Nigeria] – the title starting with "ger" first
 */
export function createOptionFilter<T extends SearchableOption>(options: readonly T[]): (query: string) => T[] {
  const indexed: Indexed<T>[] = options.map((option) => {
    const title = normalizeForSearch(option.title);
    const wordStarts: number[] = [];
    for (let i = 1; i < title.length; i++) {
      const previous = title[i - 1] ?? '';
      if (/[\s'(\-/,.]/.test(previous) && /[\p{L}\p{N}]/u.test(title[i] ?? '')) wordStarts.push(i);
    }
    return { option, title, value: normalizeForSearch(option.value), wordStarts };
  });

  return (query) => {
    const needle = normalizeForSearch(query);
    if (needle === '') return [...options];
    const groups: T[][] = [[], [], [], []];
    for (const entry of indexed) {
      const rank = rankOf(entry, needle);
      if (rank !== null) groups[rank]?.push(entry.option);
    }
    return groups.flat();
  };
}

/** The option whose title is exactly `text` (ignoring case and diacritics), when exactly one is. */
export function findExactTitle<T extends SearchableOption>(options: readonly T[], text: string): T | undefined {
  const needle = normalizeForSearch(text);
  if (needle === '') return undefined;
  const found = options.filter((option) => normalizeForSearch(option.title) === needle);
  return found.length === 1 ? found[0] : undefined;
}

function rankOf<T>(entry: Indexed<T>, needle: string): Rank | null {
  const at = entry.title.indexOf(needle);
  if (at === 0) return Rank.TitlePrefix;
  if (at > 0 && entry.wordStarts.some((start) => entry.title.startsWith(needle, start))) return Rank.WordPrefix;
  if (entry.value === needle) return Rank.ValueEquals;
  return at > 0 ? Rank.Contains : null;
}
