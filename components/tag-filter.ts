/** The tag bar's selection: every clip, clips without tags, or one tag. */
export type TagFilter =
  { kind: 'all' } | { kind: 'untagged' } | { kind: 'drafts' } | { kind: 'tag'; tag: string };

export const ALL: TagFilter = { kind: 'all' };

export function matchesFilter(clip: { tags: readonly string[]; draft: boolean }, filter: TagFilter): boolean {
  if (filter.kind === 'all') return true;
  if (filter.kind === 'untagged') return clip.tags.length === 0;
  if (filter.kind === 'drafts') return clip.draft;
  return clip.tags.includes(filter.tag);
}

export function filterLabel(filter: TagFilter): string {
  return filter.kind === 'tag' ? filter.tag : filter.kind;
}
