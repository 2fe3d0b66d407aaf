import type { ClipSummary } from '../clip-schema';
import { searchWords } from '../search/tokenize';

type Row = { id: number; words: string[] };

/** The search index rows of a clip: words of title, description and body; words of its tags. */
export function clipTerms(
  id: number,
  clip: Pick<ClipSummary, 'title' | 'description' | 'tags'>,
  markdown: string,
): { terms: Row; tagTerms: Row } {
  // Link and image targets are addresses, not words of the article.
  const text = markdown.replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, ']');
  return {
    terms: { id, words: searchWords([clip.title, clip.description, text]) },
    tagTerms: { id, words: tagWords(clip.tags) },
  };
}

export function tagWords(tags: readonly string[]): string[] {
  return searchWords([tags.join(' ')]);
}
