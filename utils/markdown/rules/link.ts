import type TurndownService from 'turndown';
import { toOneLine } from '../markers';
import type { RuleContext } from '../rule-context';
import { collapse } from '../../text/collapse';
import { markdownDestination, markdownTitle, safeUrl } from '../safe-url';

/** Block markers that mean nothing once a card's content is squeezed into link text. */
const BLOCK_PREFIX = /(^|\n)[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d+\.[ \t]+|>[ \t]?)/g;

const withoutHash = (url: string): string => url.replace(/#.*$/, '');

function samePageAnchor(href: string, baseUrl: string): boolean {
  return href.includes('#') && withoutHash(href) === withoutHash(baseUrl);
}

/**
 * `<a href>` → `[text](absolute-url "title")`. Links with a scheme that could run code (`javascript:`,
 * `data:`, `vbscript:`…) or no href keep their text only; empty links are dropped.
 */
export function linkRule(ctx: RuleContext): TurndownService.Rule {
  return {
    filter: 'a',
    replacement(content, node) {
      const href = safeUrl(node.getAttribute('href'), ctx.baseUrl, 'link');
      if (!href) return content;
      // A same-page anchor around an image only (`#img-1`) opens the page's gallery: nothing in a clip.
      if (samePageAnchor(href, ctx.baseUrl) && !collapse(node.textContent ?? '')) return content;
      const text = toOneLine(content.replace(BLOCK_PREFIX, '$1'));
      if (!text) return '';
      const title = node.getAttribute('title');
      const titlePart =
        title && collapse(title) !== collapse(node.textContent ?? '') ? markdownTitle(title) : '';
      return `[${text}](${markdownDestination(href)}${titlePart})`;
    },
  };
}
