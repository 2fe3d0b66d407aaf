import type TurndownService from 'turndown';
import { toOneLine } from '../markers';

/** ATX headings on one line; an empty heading is dropped, a trailing `#` run kept literal. */
export const headingRule: TurndownService.Rule = {
  filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  replacement(content, node) {
    const text = toOneLine(content).replace(/ (#+)$/, ' \\$1');
    if (!text) return '';
    const level = Number(node.nodeName.charAt(1)) || 2;
    return `\n\n${'#'.repeat(level)} ${text}\n\n`;
  },
};
