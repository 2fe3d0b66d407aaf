import type TurndownService from 'turndown';
import { CODE_END, CODE_START } from '../markers';

const INLINE_CODE = new Set(['CODE', 'KBD', 'SAMP', 'TT']);
const BLOCKS = 'pre, table, div, p, ul, ol';

function insidePre(node: Node): boolean {
  for (let n = node.parentNode; n; n = n.parentNode) if (n.nodeName === 'PRE') return true;
  return false;
}

/**
 * Inline code from the element's text (links or markup inside would otherwise turn into Markdown in the
 * code span), with a delimiter longer than any backtick run inside. Marked as code for the safety pass, which
 * escapes `<` everywhere else.
 */
export const inlineCodeRule: TurndownService.Rule = {
  // A `<code>` wrapping a whole highlighter (`code > table > pre`) is not inline code.
  filter: (node) => INLINE_CODE.has(node.nodeName) && !insidePre(node) && !node.querySelector(BLOCKS),
  replacement(_content, node) {
    // Turndown puts the element's edge whitespace outside the span already.
    const code = (node.textContent ?? '').replace(/\s*[\r\n]+\s*/g, ' ').trim();
    if (!code) return '';
    let longest = 0;
    for (const run of code.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
    const delimiter = '`'.repeat(longest + 1);
    const pad = /^`|`$/.test(code) ? ' ' : '';
    return CODE_START + delimiter + pad + code + pad + delimiter + CODE_END;
  },
};
