import type { ClipSummary } from '../clip-schema';
import { searchWords } from '../search/tokenize';

/** What full-text search looks in: title, description, tags and the Markdown body. */
export function clipSearchWords(
  clip: Pick<ClipSummary, 'title' | 'description' | 'tags'>,
  markdown: string,
): string[] {
  // Link and image targets are addresses, not words of the article.
  const text = markdown.replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, ']');
  return searchWords([clip.title, clip.description, clip.tags.join(' '), text]);
}
