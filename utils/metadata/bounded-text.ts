import { readTextUntil } from './read-text-until';

/** What `\s` (and so `collapse`) takes for whitespace. */
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c >= 160 &&
    (c === 160 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

/**
 * An element's text for a reader that only wants short lines: `el.textContent`, or null as soon as the text
 * read so far proves the line too long. Readers test every block near the headline, and the outer ones hold
 * the whole article: building and collapsing its text only to find it too long was most of their cost.
 *
 * Null means: after collapsing whitespace and removing parenthesised groups of at most `group` characters
 * (each replaced by one space), more than `max` characters would remain. Each removed group takes at most
 * `group + 2` characters (the parentheses included), groups end at distinct `)`s, and at most one group
 * runs past the text read so far; every other non-space character survives.
 */
export function boundedText(el: Element, max: number, group: number): string | null {
  // Counted incrementally: each check only scans what was read since the last one.
  let checked = 0;
  let visible = 0;
  let closes = 0;
  const { text, stopped } = readTextUntil(el, max, (sofar) => {
    for (; checked < sofar.length; checked++) {
      const c = sofar.charCodeAt(checked);
      if (c === 41) closes++;
      if (!isSpace(c)) visible++;
    }
    return visible - (group + 2) * (closes + 1) > max;
  });
  return stopped ? null : text;
}
