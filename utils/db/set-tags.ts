import type { ClipDatabase } from './clip-db';
import { tagWords } from './clip-search-words';
import { adjustTagCounts } from './tag-counts';

/**
 * Rewrites the tags of the given clips with `change`, their tag words in the search index and the tag
 * counts. Call inside a rw transaction over clips, tagTerms and tagCounts. Marks tags as edited so a
 * re-clip keeps them.
 */
export async function setTags(
  db: ClipDatabase,
  ids: readonly number[],
  change: (tags: string[], id: number) => string[],
  now: string,
): Promise<void> {
  const updated = new Map<number, string[]>();
  const before: string[][] = [];
  await db.clips
    .where(':id')
    .anyOf([...ids])
    .modify((clip) => {
      before.push(clip.tags);
      clip.tags = change([...clip.tags], clip.id);
      clip.updatedAt = now;
      if (!clip.edited.includes('tags')) clip.edited = [...clip.edited, 'tags' as const].sort();
      updated.set(clip.id, clip.tags);
    });
  await db.tagTerms.bulkPut([...updated].map(([id, tags]) => ({ id, words: tagWords(tags) })));
  await adjustTagCounts(db, before, [...updated.values()]);
}
