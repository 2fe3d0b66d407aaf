import type TurndownService from 'turndown';
import { footnoteLabel } from '../footnote-label';

/**
 * Footnote definitions the prepare pass marked (`data-md-fndef="1"`) → `[^1]: text`, later paragraphs
 * indented four spaces so they stay in the footnote.
 */
export const footnoteDefinitionRule: TurndownService.Rule = {
  filter: (node) => node.hasAttribute('data-md-fndef'),
  replacement(content, node) {
    const body = content.replace(/^\n+|\n+$/g, '').replace(/^[ \t]+/, '');
    const label = footnoteLabel(node.getAttribute('data-md-fndef'));
    const indented = body.replace(/\n(?=[^\n])/g, '\n    ');
    return `\n\n[^${label}]: ${indented}\n\n`;
  },
};
