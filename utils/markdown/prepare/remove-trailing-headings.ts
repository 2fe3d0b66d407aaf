import { collapse } from '../../text/collapse';
import { removeNode } from '../../dom/tree-edit';
import { ELEMENT_NODE, TEXT_NODE } from '../../dom/node-kind';

/**
 * Drops a heading that ends the article, with nothing after it: the label of a teaser block whose teasers
 * Readability (or an earlier pass) removed ("More Business News", "Das könnte Sie auch interessieren").
 * A heading introduces what follows it; with nothing following, it labels what was taken out. Only the
 * very end counts, so a section heading inside the story, however short, stays.
 */

/** Longer than this, a trailing "heading" is a sentence set large: kept. */
const MAX_LABEL = 80;
/** A label on top of a label ("Related" over "More from Business"): at most this many go. */
const MAX_REMOVED = 3;
const HEADING = /^H[1-6]$/;
/** Content without text of its own: a figure, a table, code or a player after a heading is what it heads. */
const MEDIA = /^(?:IMG|PICTURE|VIDEO|AUDIO|IFRAME|SVG|TABLE|MATH|PRE|OBJECT|EMBED)$/;

/** A link to a document ("Télécharger le mémoire" → a PDF) is what the article offers, not a teaser. */
const DOCUMENT_LINK = /\.(?:pdf|docx?|odt|xlsx?|ods|pptx?|zip|epub|mp3)(?:[?#]|$)/i;

/** The last element in document order that shows something: holds text, or is media. */
function lastShown(el: Element): Element | null {
  for (let node = el.lastChild; node; node = node.previousSibling) {
    if (node.nodeType === TEXT_NODE && (node.nodeValue ?? '').trim()) return el;
    if (node.nodeType !== ELEMENT_NODE) continue;
    const child = node as Element;
    if (MEDIA.test(child.nodeName.toUpperCase())) return child;
    const inner = lastShown(child);
    if (inner) return inner;
  }
  return null;
}

export function removeTrailingHeadings(root: Element): void {
  for (let removed = 0; removed < MAX_REMOVED; removed++) {
    let heading = lastShown(root);
    while (heading && heading !== root && !HEADING.test(heading.nodeName.toUpperCase()))
      heading = heading.parentElement;
    if (!heading || heading === root) return;
    if (heading.querySelector('img, picture, video, svg')) return;
    const links = Array.from(heading.querySelectorAll('a[href]'));
    if (links.some((a) => DOCUMENT_LINK.test(a.getAttribute('href') ?? ''))) return;
    const text = collapse(heading.textContent ?? '');
    if (text.length > MAX_LABEL) return;
    removeNode(heading);
  }
}
