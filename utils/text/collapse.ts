/** Anything `collapse` would change: a run of whitespace, whitespace other than a space, or a space at an end. */
const UNCOLLAPSED = /\s\s|[^\S ]|^ | $/;

/**
 * Whitespace runs as one space, trimmed: text as a reader sees it, for comparing and measuring. Text
 * that is already so comes back as it is: one test, where the replace took ten times as long and built a
 * copy (thousands of paragraphs on a long article, each collapsed by several clean-ups).
 */
export const collapse = (s: string | null | undefined): string => {
  if (!s) return '';
  return UNCOLLAPSED.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
};

const isSpace = (code: number): boolean =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/**
 * `collapse(s).length`, counted without building the collapsed copy: a megabyte article's text is
 * measured several times per clip, and each copy cost tens of ms. Same whitespace as `\s`. `limit`: counts
 * no further, answering `min(length, limit)` (a check against a threshold needs no more).
 */
export function collapsedLength(s: string | null | undefined, limit = Infinity): number {
  return s ? collapsedLengthOf([s], limit) : 0;
}

/**
 * `collapsedLength` of the parts joined, read only as far as `limit` needs: an element's text nodes, say,
 * where `textContent` would first copy a whole transcript to answer "at least 500 characters?".
 */
export function collapsedLengthOf(parts: Iterable<string>, limit = Infinity): number {
  let length = 0;
  let pendingSpace = false;
  for (const s of parts) {
    for (let i = 0; i < s.length; i++) {
      if (isSpace(s.charCodeAt(i))) {
        pendingSpace = length > 0;
      } else {
        if (pendingSpace) length++;
        pendingSpace = false;
        if (++length >= limit) return limit;
      }
    }
  }
  return length;
}
