import type TurndownService from 'turndown';
import { classOf } from '../../dom/class-hints';
import { embedLink } from '../embed-link';
import { embedMarkdown } from '../embed-markdown';
import type { RuleContext } from '../rule-context';
import { safeUrl } from '../safe-url';

const SOCIAL_CLASS =
  /(?:^|\s)(twitter-tweet|twitter-video|instagram-media|tiktok-embed|reddit-embed-bq|bluesky-embed|mastodon-embed|threads-post)(?:\s|$)/;

/** The post's own URL: the blockquote's cite/permalink, else its last status link. */
function postUrl(node: Element, baseUrl: string): string | null {
  const attr = node.getAttribute('data-instgrm-permalink') ?? node.getAttribute('cite');
  const fromAttr = safeUrl(attr, baseUrl, 'media');
  if (fromAttr) return fromAttr;
  const links = Array.from(node.querySelectorAll('a[href]'));
  const status = links
    .reverse()
    .find((a) => /\/status(?:es)?\/\d+|\/p\/|\/post\//.test(a.getAttribute('href') ?? ''));
  return safeUrl((status ?? links[0])?.getAttribute('href'), baseUrl, 'media');
}

/**
 * Embedded posts (`blockquote.twitter-tweet`, Instagram, TikTok…), whose script never runs in a clip: the
 * quoted text stays, with a titled link to the post after it.
 */
export function socialEmbedRule(ctx: RuleContext): TurndownService.Rule {
  return {
    filter: (node) => node.nodeName === 'BLOCKQUOTE' && SOCIAL_CLASS.test(classOf(node)),
    replacement(content, node) {
      const url = postUrl(node, ctx.baseUrl);
      const body = content.replace(/^\n+|\n+$/g, '');
      const lines = body.trim() ? body.split('\n') : [];
      if (url) {
        if (lines.length) lines.push('');
        lines.push(embedMarkdown(embedLink(url, 'Post')));
      }
      if (!lines.length) return '';
      return `\n\n${lines.map((line) => (line.trim() ? `> ${line}` : '>')).join('\n')}\n\n`;
    },
  };
}
