import type { ClipDatabase, TagCountRow } from './clip-db';

/** The tagCounts key of the number of clips without tags (no tag is empty: tags are at least a letter). */
export const UNTAGGED = '';

/** How each count changes when clips with the `before` tag lists become the `after` ones. */
function deltas(before: readonly (readonly string[])[], after: readonly (readonly string[])[]) {
  const change = new Map<string, number>();
  const add = (tags: readonly string[], by: number) => {
    const keys = tags.length ? new Set(tags) : [UNTAGGED];
    for (const key of keys) change.set(key, (change.get(key) ?? 0) + by);
  };
  for (const tags of before) add(tags, -1);
  for (const tags of after) add(tags, 1);
  return [...change].filter(([, by]) => by !== 0);
}

/**
 * Keeps the maintained tag counts in step with a change of clips: call in the same rw transaction as the
 * write, with the tag lists of the clips before (none for new clips) and after (none for deleted ones).
 */
export async function adjustTagCounts(
  db: ClipDatabase,
  before: readonly (readonly string[])[],
  after: readonly (readonly string[])[],
): Promise<void> {
  const changes = deltas(before, after);
  if (!changes.length) return;
  const rows = await db.tagCounts.bulkGet(changes.map(([tag]) => tag));
  const next = changes.map(([tag, by], i) => ({ tag, count: (rows[i]?.count ?? 0) + by }));
  await db.tagCounts.bulkPut(next.filter((row) => row.count > 0));
  await db.tagCounts.bulkDelete(next.filter((row) => row.count <= 0).map((row) => row.tag));
}

/** The counts rows for a whole set of clips (the v3 upgrade; tests compare the maintained rows with it). */
export function countRows(tagLists: Iterable<unknown>): TagCountRow[] {
  const counts = new Map<string, number>();
  for (const tags of tagLists) {
    if (!Array.isArray(tags)) throw new TypeError('A clip has no tag list');
    const keys = tags.length ? new Set(tags.map(String)) : [UNTAGGED];
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([tag, count]) => ({ tag, count }));
}
