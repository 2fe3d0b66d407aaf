import type { ClipSummary } from '../clip-schema';
import { searchWords } from '../search/tokenize';

/** The search index row of a clip: words of title, description and body; words of its tags. */
export function clipTerms(
  id: number,
  clip: Pick<ClipSummary, 'title' | 'description' | 'tags'>,
  markdown: string,
): { id: number; words: string[]; tagWords: string[] } {
  // Link and image targets are addresses, not words of the article.
  const text = markdown.replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, ']');
  return { id, words: searchWords([clip.title, clip.description, text]), tagWords: tagWords(clip.tags) };
}

export function tagWords(tags: readonly string[]): string[] {
  return searchWords([tags.join(' ')]);
}
