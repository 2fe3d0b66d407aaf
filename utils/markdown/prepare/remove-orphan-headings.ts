import { collapse } from '../../text/collapse';
import { removeNode } from '../../dom/tree-edit';

/**
 * Headings left at the very end of the article with nothing under them: the label of a teaser block whose
 * teasers were removed (by Readability or by the passes before), "More Business News" with no news. A
 * heading introduces what follows; with nothing following, it is chrome.
 */

const HEADING = /^H[2-6]$/;
/**
 * A teaser block's label is short ("More Business News"), and there is one, rarely two: a longer heading is
 * the story's own text set as a heading, and pages that set their text in headings would otherwise be eaten
 * from the end, heading after heading.
 */
const MAX_LABEL = 80;
const MAX_REMOVED = 2;

/** The last element child of `el` that has text, or null. */
function lastWithText(el: Element): Element | null {
  for (let child = el.lastElementChild; child; child = child.previousElementSibling)
    if (collapse(child.textContent ?? '') || child.querySelector('img, picture, video, iframe, svg'))
      return child;
  return null;
}

export function removeOrphanHeadings(root: Element): void {
  for (let removed = 0; removed < MAX_REMOVED; removed++) {
    // Text after the last element (a bare text node) means the heading is not last.
    const tail = root.lastChild;
    if (tail && tail.nodeType === 3 && collapse(tail.nodeValue ?? '')) return;
    let last = lastWithText(root);
    while (last && !HEADING.test(last.nodeName) && last.lastElementChild) {
      const trailing = last.lastChild;
      if (trailing && trailing.nodeType === 3 && collapse(trailing.nodeValue ?? '')) return;
      last = lastWithText(last);
    }
    if (!last || !HEADING.test(last.nodeName) || collapse(last.textContent ?? '').length > MAX_LABEL) return;
    removeNode(last);
  }
}
