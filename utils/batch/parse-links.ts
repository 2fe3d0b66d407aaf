/** Most links one paste may hold: a batch opens each in a tab. */
export const MAX_LINKS = 200;

/**
 * The http(s) addresses in pasted text (one per line, or among other words), in order, each once, without
 * the punctuation that ends a sentence around them; at most MAX_LINKS.
 */
export function parseLinks(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(/https?:\/\/[^\s<>"'`]+/gi)) {
    const raw = match[0].replace(/[),.;:!?\]]+$/, '');
    try {
      const url = new URL(raw);
      if (url.protocol === 'http:' || url.protocol === 'https:') seen.add(url.href);
    } catch {
      // Not an address after all.
    }
    if (seen.size >= MAX_LINKS) break;
  }
  return [...seen];
}
