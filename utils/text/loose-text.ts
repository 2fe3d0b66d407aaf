/** Lower-case, punctuation-free form for comparing a headline with the page's titles, or names with names. */
export const looseText = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
