import type { EmbedLink } from './embed-link';
import { escapeMarkdown } from './escape-markdown';
import { markdownDestination } from './safe-url';

/** Players get a play sign; posts, maps and other frames the usual "opens elsewhere" arrow. */
const symbolFor = (label: string): string => (/^(?:Video|Audio):/.test(label) ? '▶' : '↗');

/**
 * An embed as a Markdown link whose visible text says what was there
 * (`[▶ Video: YouTube – Harbour at dawn](https://www.youtube.com/watch?v=ID)`): a reader of the file or
 * of the published post sees what it was without hovering. `detail` is the frame's own title.
 */
export function embedMarkdown(link: EmbedLink, detail = ''): string {
  const label = detail ? `${link.label} – ${detail}` : link.label;
  return `[${symbolFor(link.label)} ${escapeMarkdown(label)}](${markdownDestination(link.url)})`;
}
