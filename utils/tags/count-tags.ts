import type { Clip } from '../clip-schema';

export type TagCount = { tag: string; count: number };

/** Counts each tag's occurrences; most used first, then alphabetically (the tag bar's order). */
export function rankTags(tags: Iterable<string>): TagCount[] {
  const counts = new Map<string, number>();
  for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const ranked = [...counts].map(([tag, count]) => ({ tag, count }));
  ranked.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  return ranked;
}

/** Tag counts for the tag bar, and how many clips have no tag. */
export function countTags(clips: readonly Pick<Clip, 'tags'>[]): { tags: TagCount[]; untagged: number } {
  return {
    tags: rankTags(clips.flatMap((clip) => clip.tags)),
    untagged: clips.filter((clip) => clip.tags.length === 0).length,
  };
}
