import type TurndownService from 'turndown';

/** Footnote references the prepare pass marked (`data-md-fnref="1"`) → `[^1]`. */
export const footnoteRefRule: TurndownService.Rule = {
  filter: (node) => node.hasAttribute('data-md-fnref'),
  replacement(_content, node) {
    return `[^${node.getAttribute('data-md-fnref') ?? ''}]`;
  },
};
