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
  const parts: string[] = [];
  let read = 0;
  let nextCheck = max;
  let checked = 0;
  let visible = 0;
  let closes = 0;
  let node: Node | null = el.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 3 || type === 4) {
      const text = node.nodeValue ?? '';
      parts.push(text);
      read += text.length;
      if (read > nextCheck) {
        // Counted only now and then (doubling), so short texts pay nothing and long ones are read once.
        const sofar = parts.join('');
        for (; checked < sofar.length; checked++) {
          const c = sofar.charCodeAt(checked);
          if (c === 41) closes++;
          if (!isSpace(c)) visible++;
        }
        if (visible - (group + 2) * (closes + 1) > max) return null;
        nextCheck = read * 2;
      }
    } else if (type === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node !== el && !node.nextSibling) node = node.parentNode as Node;
    if (node === el) break;
    node = node.nextSibling;
  }
  return parts.join('');
}
