import type TurndownService from 'turndown';
import { footnoteLabel } from '../footnote-label';

/** Footnote references the prepare pass marked (`data-md-fnref="1"`) → `[^1]`. */
export const footnoteRefRule: TurndownService.Rule = {
  filter: (node) => node.hasAttribute('data-md-fnref'),
  replacement(_content, node) {
    return `[^${footnoteLabel(node.getAttribute('data-md-fnref'))}]`;
  },
};
