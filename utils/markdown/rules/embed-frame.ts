import type TurndownService from 'turndown';
import { collapse } from '../../text/collapse';
import { embedLink } from '../embed-link';
import { embedMarkdown } from '../embed-markdown';
import type { RuleContext } from '../rule-context';
import { safeUrl } from '../safe-url';

const EMBEDS = new Set(['IFRAME', 'VIDEO', 'AUDIO', 'EMBED', 'OBJECT']);
/** Titles players give themselves, which say nothing the label doesn't. */
const GENERIC_TITLE =
  /^(?:(?:youtube|vimeo|dailymotion|spotify|soundcloud|twitter|x|instagram|tiktok|facebook)\b.*(?:player|embed|video|tweet|post)|embed(?:ded)?(?: content| video| media)?|iframe|video|video player|audio player|media player)$/i;

/** "Spotify Embed: Running Mix": the label already names the provider. */
const PROVIDER_PREFIX = /^(?:spotify|soundcloud|youtube|vimeo|instagram|tiktok)\s+embed:\s*/i;

function sourceOf(el: Element): string | null {
  const direct =
    el.getAttribute('src') ??
    el.getAttribute('data-src') ??
    el.getAttribute('data-lazy-src') ??
    el.getAttribute('data');
  if (direct) return direct;
  return el.querySelector('source[src]')?.getAttribute('src') ?? null;
}

/**
 * Players and embedded frames → a titled link to what they show (`[▶](…watch?v=ID "Video: YouTube")`), so
 * the clip says there was a video instead of silently losing it. Frames without a usable source vanish.
 */
export function embedFrameRule(ctx: RuleContext): TurndownService.Rule {
  return {
    filter: (node) => EMBEDS.has(node.nodeName),
    replacement(_content, node) {
      const src = safeUrl(sourceOf(node), ctx.baseUrl, 'media');
      if (!src) return '';
      const kind = node.nodeName === 'AUDIO' ? 'Audio' : node.nodeName === 'VIDEO' ? 'Video' : 'Embed';
      const link = embedLink(src, kind);
      const title = collapse(node.getAttribute('title') ?? node.getAttribute('aria-label') ?? '').replace(
        PROVIDER_PREFIX,
        '',
      );
      const useful = title && !GENERIC_TITLE.test(title) && title.length <= 200;
      return `\n\n${embedMarkdown(link, useful ? title : '')}\n\n`;
    },
  };
}
