import type TurndownService from 'turndown';
import { HARD_BREAK } from '../markers';
import { isElement, TEXT_NODE } from '../../dom/node-kind';

const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY DD DIV DL DT FIGCAPTION FIGURE FOOTER HEADER LI MAIN NAV OL P PRE SECTION TD TH UL TABLE TR'.split(
    ' ',
  ),
);

const isBlank = (node: Node): boolean => node.nodeType === TEXT_NODE && !/\S/.test(node.nodeValue ?? '');
const isBr = (node: Node | null): boolean => node?.nodeName === 'BR';

function meaningfulSibling(node: Node, forward: boolean): Node | null {
  let sibling = forward ? node.nextSibling : node.previousSibling;
  while (sibling && (isBlank(sibling) || (isElement(sibling) && sibling.nodeName === 'WBR'))) {
    sibling = forward ? sibling.nextSibling : sibling.previousSibling;
  }
  return sibling;
}

/** Whether nothing but whitespace separates the node from its block's edge on that side. */
function atBlockEdge(node: Node, forward: boolean): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (meaningfulSibling(n, forward)) return false;
    const parent = n.parentNode;
    if (!parent || BLOCKS.has(parent.nodeName)) return true;
  }
  return true;
}

/**
 * `<br>`: a hard line break (addresses, poems), but a run of them separates paragraphs and a `<br>` at the
 * start or end of a block is dropped (it would leave a stray break or trailing spaces).
 */
export const lineBreakRule: TurndownService.Rule = {
  filter: 'br',
  replacement(_content, node) {
    if (isBr(meaningfulSibling(node, false))) return '';
    if (atBlockEdge(node, false) || atBlockEdge(node, true)) return '';
    if (isBr(meaningfulSibling(node, true))) return '\n\n';
    return `${HARD_BREAK}\n`;
  },
};
