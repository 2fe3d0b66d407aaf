import type TurndownService from 'turndown';
import { toOneLine } from '../markers';

/**
 * `<figcaption>` → an italic line of its own under the figure's image. `*` rather than Turndown's `_` so
 * emphasis inside the caption (which Turndown writes with `_`) still nests.
 */
export const figureCaptionRule: TurndownService.Rule = {
  filter: 'figcaption',
  replacement(content) {
    const text = toOneLine(content);
    if (!text) return '';
    // A caption that is all emphasis already would become `*_…_*`; its own emphasis is enough.
    const plain = /^_[^_]*_$/.test(text) ? text.slice(1, -1) : text;
    return `\n\n*${plain}*\n\n`;
  },
};
