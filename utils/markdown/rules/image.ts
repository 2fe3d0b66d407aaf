import type TurndownService from 'turndown';
import { escapeMarkdown } from '../escape-markdown';
import type { RuleContext } from '../rule-context';
import { markdownDestination, markdownTitle, safeUrl } from '../safe-url';
import { collapse } from '../../text/collapse';

/** Alt text on one line, escaped, with brackets that can't end the image early. */
export function escapeAlt(alt: string | null): string {
  return escapeMarkdown(collapse(alt));
}

/**
 * `<img>` → `![alt](absolute-url "title")`. Lazy-loading attributes were resolved by the prepare pass;
 * anything still not an http(s) URL (data: spacers, `javascript:`) is dropped.
 */
export function imageRule(ctx: RuleContext): TurndownService.Rule {
  return {
    filter: 'img',
    replacement(_content, node) {
      const src = safeUrl(node.getAttribute('src'), ctx.baseUrl, 'media');
      if (!src) return '';
      const alt = escapeAlt(node.getAttribute('alt'));
      const title = node.getAttribute('title');
      const titlePart =
        title && title.trim() !== (node.getAttribute('alt') ?? '').trim() ? markdownTitle(title) : '';
      return `![${alt}](${markdownDestination(src)}${titlePart})`;
    },
  };
}
