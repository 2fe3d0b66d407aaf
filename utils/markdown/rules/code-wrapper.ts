import type TurndownService from 'turndown';

const BLOCKS = 'pre, table, div, p, ul, ol';

/**
 * A `<code>` wrapping block content (Rouge's `code > table > pre`, `code > pre`) is a container, not inline
 * code: its content passes through, so the code blocks inside are converted as such.
 */
export const codeWrapperRule: TurndownService.Rule = {
  filter: (node) => node.nodeName === 'CODE' && node.querySelector(BLOCKS) !== null,
  replacement: (content) => `\n\n${content}\n\n`,
};
