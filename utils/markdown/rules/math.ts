import type TurndownService from 'turndown';

/**
 * Math the prepare pass found (KaTeX, MathJax, MathML) and marked with its TeX → `$…$` inline or a `$$`
 * block. The TeX is written as is: escaping it like text would break it.
 */
export const mathRule: TurndownService.Rule = {
  filter: (node) => node.hasAttribute('data-md-math'),
  replacement(_content, node) {
    const tex = (node.textContent ?? '').trim();
    if (!tex) return '';
    if (node.getAttribute('data-md-math') === 'display') return `\n\n$$\n${tex}\n$$\n\n`;
    return `$${tex.replace(/\s*\n\s*/g, ' ')}$`;
  },
};
