/**
 * An element's text as `textContent` gives it, gathered in tree order and offered to `enough` now and then
 * (once more than `first` characters are read, then each time the amount read doubles, so a short text is
 * never checked and a long one is checked a few times); stops as soon as `enough` says so. For readers that
 * only want short texts, whose candidates may hold a whole article.
 */
export function readTextUntil(
  el: Element,
  first: number,
  enough: (sofar: string) => boolean,
): { text: string; stopped: boolean } {
  const parts: string[] = [];
  let read = 0;
  let nextCheck = first;
  let node: Node | null = el.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 3 || type === 4) {
      const text = node.nodeValue ?? '';
      parts.push(text);
      read += text.length;
      if (read > nextCheck) {
        const sofar = parts.join('');
        if (enough(sofar)) return { text: sofar, stopped: true };
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
  return { text: parts.join(''), stopped: false };
}
