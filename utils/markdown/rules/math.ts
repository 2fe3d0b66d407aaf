import type TurndownService from 'turndown';
import { escapeTex } from '../tex-escape';

/**
 * Math the prepare pass found (KaTeX, MathJax, MathML) and marked with its TeX → `$…$` inline or a `$$`
 * block. The TeX isn't escaped like text (that would break it) but made inert in TeX's own terms.
 */
export const mathRule: TurndownService.Rule = {
  filter: (node) => node.hasAttribute('data-md-math'),
  replacement(_content, node) {
    const display = node.getAttribute('data-md-math') === 'display';
    const tex = escapeTex(node.textContent ?? '', display ? 'display' : 'inline');
    if (!tex) return '';
    return display ? `\n\n$$\n${tex}\n$$\n\n` : `$${tex}$`;
  },
};
