import type { Clip } from '../clip-schema';

export type TagCount = { tag: string; count: number };

/** Tag counts for the tag bar, most used first, then alphabetically. */
export function countTags(clips: readonly Pick<Clip, 'tags'>[]): { tags: TagCount[]; untagged: number } {
  const counts = new Map<string, number>();
  let untagged = 0;
  for (const clip of clips) {
    if (clip.tags.length === 0) untagged++;
    for (const tag of clip.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const tags = [...counts].map(([tag, count]) => ({ tag, count }));
  tags.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  return { tags, untagged };
}
