/** The tag bar's selection: every clip, clips without tags, or one tag. */
export type TagFilter = { kind: 'all' } | { kind: 'untagged' } | { kind: 'tag'; tag: string };

export const ALL: TagFilter = { kind: 'all' };

export function matchesFilter(tags: readonly string[], filter: TagFilter): boolean {
  if (filter.kind === 'all') return true;
  if (filter.kind === 'untagged') return tags.length === 0;
  return tags.includes(filter.tag);
}

export function filterLabel(filter: TagFilter): string {
  return filter.kind === 'all' ? 'all' : filter.kind === 'untagged' ? 'untagged' : filter.tag;
}
