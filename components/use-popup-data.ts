import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredSummary } from '@/utils/clip-schema';
import type { ClipDatabase } from '@/utils/db/clip-db';
import { getDb } from '@/utils/db/clip-db';
import { rankTags, type TagCount } from '@/utils/tags/count-tags';
import type { TagFilter } from './tag-filter';
import { useAfterPaint } from './use-after-paint';

/** How many clips the popup lists; the library has the rest. */
export const POPUP_LIMIT = 10;

/** Ids of every clip in the filter (keys only: cheap even for thousands of clips). */
export async function filterIds(db: ClipDatabase, filter: TagFilter): Promise<number[]> {
  if (filter.kind === 'tag') return db.clips.where('tags').equals(filter.tag).primaryKeys();
  if (filter.kind === 'untagged') return db.clips.filter((c) => c.tags.length === 0).primaryKeys();
  if (filter.kind === 'drafts') return db.clips.filter((c) => c.draft).primaryKeys();
  return db.clips.toCollection().primaryKeys();
}

async function recent(db: ClipDatabase, filter: TagFilter): Promise<StoredSummary[]> {
  if (filter.kind === 'all') return db.clips.orderBy('savedAt').reverse().limit(POPUP_LIMIT).toArray();
  const ids = await filterIds(db, filter);
  const rows = (await db.clips.bulkGet(ids)).filter((c): c is StoredSummary => Boolean(c));
  return rows.sort((a, b) => b.savedAt.localeCompare(a.savedAt)).slice(0, POPUP_LIMIT);
}

/** Tag counts from the tag index alone (no clip is read). */
async function tagCounts(db: ClipDatabase): Promise<{ tags: TagCount[]; total: number; untagged: number }> {
  const [keys, taggedIds, total] = await Promise.all([
    db.clips.orderBy('tags').keys(),
    db.clips.orderBy('tags').primaryKeys(),
    db.clips.count(),
  ]);
  return { tags: rankTags(keys.map(String)), total, untagged: total - new Set(taggedIds).size };
}

/** What the popup shows: the newest clips of the filter and the tag chips, live. */
export function usePopupData(filter: TagFilter) {
  const db = getDb();
  const clips = useLiveQuery(() => recent(db, filter), [filter]);
  // Tag counts read the whole tag index; they start once the newest clips are on screen.
  const countsWanted = useAfterPaint(clips !== undefined);
  const counts = useLiveQuery(async () => (countsWanted ? tagCounts(db) : undefined), [countsWanted]);
  const inFilter =
    filter.kind === 'all'
      ? (counts?.total ?? 0)
      : filter.kind === 'untagged'
        ? (counts?.untagged ?? 0)
        : filter.kind === 'tag'
          ? (counts?.tags.find((x) => x.tag === filter.tag)?.count ?? 0)
          : (clips?.length ?? 0);
  return { clips, counts, inFilter };
}
