const MAX_LENGTH = 80;

/** Letters that NFKD does not decompose into a base letter plus a mark. */
const SPECIAL_LATIN: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

/**
 * URL slug from a title: lowercase, hyphen-separated, Latin diacritics transliterated ("Café" → "cafe"),
 * other scripts kept as letters (CJK, Cyrillic, Arabic are valid in URLs and better than nothing),
 * capped at a word boundary, never empty.
 */
export function slugify(title: string, fallback = 'clip'): string {
  const words = title
    .normalize('NFKC')
    // Strip accents from Latin letters only: in other scripts marks are part of the letter (й, ジ).
    .replace(/\p{Script=Latin}/gu, (c) => c.normalize('NFKD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (c) => SPECIAL_LATIN[c] ?? c)
    .replace(/['’]/g, '')
    .replace(/[\p{Lu}\p{Lt}]/gu, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  if (!slug && words[0]) slug = words[0].slice(0, MAX_LENGTH);
  return slug || slugify(fallback, 'clip');
}
