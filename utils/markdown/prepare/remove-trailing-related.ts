import { collapsedLength } from '../../text/collapse';
import { removeNode } from '../../dom/tree-edit';
import { READ_MORE } from './clutter-patterns';

/** A "More on this topic" opener is a short label: the phrase, maybe a few words of topic after it. */
const MAX_OPENER = 60;
const MAX_OPENER_REST = 30;
/** What follows the opener may be at most this share of the article's text (teasers, not a second half). */
const MAX_TAIL_SHARE = 0.2;
/** A paragraph this long after the opener is article text: nothing is removed. */
const REAL_PARAGRAPH = 200;

/** Reference sections (Wikipedia's "See also", a bibliography) are part of the work, not teasers. */
const REFERENCE_SECTION = /^(?:see also|further reading|weiterführende)/i;
/** One-word openers that are also names or common words ("Mira Sorvino"): only as a label with a colon. */
const AMBIGUOUS = /^(?:lea|mira)(?!\s*:)(?=$|[\s.!?…])/i;

/** Whether `text` (collapsed) is a read-more opener: "Mehr Themen:", "Lesen Sie auch die folgenden Beiträge:". */
export function isRelatedOpener(text: string): boolean {
  if (text.length > MAX_OPENER || REFERENCE_SECTION.test(text) || AMBIGUOUS.test(text)) return false;
  const match = READ_MORE.exec(text);
  return match !== null && text.length - match[0].length <= MAX_OPENER_REST;
}

/** Everything after `el` in document order, up to the end of `root`. */
function following(el: Element, root: Element): Node[] {
  const nodes: Node[] = [];
  for (let node: Node | null = el; node && node !== root; node = node.parentNode)
    for (let next = node.nextSibling; next; next = next.nextSibling) nodes.push(next);
  return nodes;
}

function hasRealParagraph(nodes: Node[]): boolean {
  return nodes.some((node) => {
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    const paragraphs = el.nodeName === 'P' ? [el] : Array.from(el.getElementsByTagName('p'));
    return paragraphs.some((p) => collapsedLength(p.textContent) > REAL_PARAGRAPH);
  });
}

/**
 * Removes a read-more opener near the end of the article and everything after it: the heading or label
 * that starts a block of teasers ("Das könnte Sie auch interessieren!", "Zum Weiterlesen:") when no
 * real paragraph follows and what follows is a small part of the text. Readability keeps such tails
 * when the teasers are not link-dense enough for remove-clutter's block test. `opener` is the last
 * opener remove-clutter met; `total` is the article's text length before any removal.
 */
export function removeTrailingRelated(root: Element, opener: Element, total: number): boolean {
  let attached = false;
  for (let node: Node | null = opener; node && !attached; node = node.parentNode) attached = node === root;
  if (!attached) return false; // removed with a box after it was noted
  const tail = following(opener, root);
  const tailText = tail.reduce((n, node) => n + collapsedLength(node.textContent), 0);
  if (tailText > total * MAX_TAIL_SHARE || hasRealParagraph(tail)) return false;
  for (const node of tail) removeNode(node);
  // A rule that set the teasers off from the story would now end the article.
  let before = opener.previousElementSibling;
  removeNode(opener);
  while (before?.nodeName === 'HR') {
    const hr = before;
    before = hr.previousElementSibling;
    removeNode(hr);
  }
  return true;
}
