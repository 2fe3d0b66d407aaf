/**
 * The form two tags are compared in: lower-case, without accents or punctuation ("Élections" = "elections",
 * "sports-business" = "sports business"), each word without an English plural ending ("Storms" = "storm").
 * Only for comparing: a tag is stored and shown as written.
 */
export function foldTag(tag: string): string {
  return tag
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map(singular)
    .join(' ');
}

/** The same, without spaces: "the-verge", "The Verge" and the host label "theverge" meet here. */
export const compactTag = (tag: string): string => foldTag(tag).replace(/ /g, '');

function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith('s') || /(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  return word.slice(0, -1);
}
