import { parseHTML } from 'linkedom';
import { BLOCK_TAGS } from './html-tags';

/**
 * Parses a page with linkedom, the DOM every pipeline gets in the benchmark. The page URL is given as the
 * window's location so `document.baseURI` resolves relative links as it would in the browser (a `<base>`
 * element still wins, as linkedom implements it). `globals` become the window's own properties.
 */
export function parseDocument(html: string, url: string, globals: Record<string, unknown> = {}): Document {
  return parseHTML(html, { ...globals, location: { href: url } }).document;
}

const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The visible text of an HTML fragment, with a line break around block elements so words of adjacent
 * paragraphs don't fuse into one token (plain `textContent` would).
 */
export function htmlToText(html: string): string {
  const doc = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? '');
      } else if (child.nodeType === 1) {
        const tag = (child as Element).localName;
        if (SKIPPED_TAGS.has(tag)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) parts.push('\n');
        walk(child);
        if (block) parts.push('\n');
      }
    }
  };
  walk(doc.body);
  return parts
    .join('')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}
