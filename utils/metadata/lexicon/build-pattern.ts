/**
 * Turns lexicon word lists into regex source: escaped, deduplicated, longest first, so an alternation never
 * stops at a shorter word that is the prefix of a longer one ("mar" before "march").
 */
const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Ties in plain code-unit order: any fixed order will do, and the first localeCompare builds an ICU
// collator, several ms of the injected script's start-up on every clip.
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || byCodeUnits(a, b))
    .map(escape)
    .join('|');
}

/** Lower-case and without accents ("Février" → "fevrier"): the form parse-date looks month names up in. */
export const foldAccents = (word: string): string =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
