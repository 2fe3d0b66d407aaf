/**
 * Turns lexicon word lists into regex source: escaped, deduplicated, longest first, so an alternation never
 * stops at a shorter word that is the prefix of a longer one ("mar" before "march").
 */
const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escape)
    .join('|');
}

/** Lower-case and without accents ("Février" → "fevrier"): the form parse-date looks month names up in. */
export const foldAccents = (word: string): string =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
