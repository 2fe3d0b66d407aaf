import { collapse } from './find-headline';

/**
 * The start of an element's collapsed text, for readers that look only at a text's first characters:
 * `collapse(el.textContent)` when that is at most `min` characters long, else a prefix of it longer than
 * `min`. Collapsing the start of a text gives the start of the collapsed text, so the rest of a long block
 * (an article wrapper classed "meta") is neither gathered nor collapsed.
 */
export function collapsedPrefix(el: Element, min: number): string {
  const parts: string[] = [];
  let read = 0;
  let nextCheck = min;
  let node: Node | null = el.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 3 || type === 4) {
      const text = node.nodeValue ?? '';
      parts.push(text);
      read += text.length;
      if (read > nextCheck) {
        // Checked now and then (doubling), so a long text is collapsed about twice its needed length at most.
        const sofar = collapse(parts.join(''));
        if (sofar.length > min) return sofar;
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
  return collapse(parts.join(''));
}
