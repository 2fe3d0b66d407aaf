import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import type { StoredSummary } from '@/utils/clip-schema';
import type { ClipDatabase } from '@/utils/db/clip-db';
import { getDb } from '@/utils/db/clip-db';
import { UNTAGGED } from '@/utils/db/tag-counts';
import type { TagCount } from '@/utils/tags/count-tags';
import { ALL, type TagFilter } from './tag-filter';
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

/** How many of the newest clips give the popup its "recent" tag chips. */
const RECENT_CLIPS = 20;

type Counts = { tags: TagCount[]; total: number; untagged: number; recent: string[][] };

/**
 * Tag counts from the maintained counts table (a row per tag, no clip or index entry is read), and the tags
 * of the newest few clips, which pick the popup's few tag chips.
 */
async function tagCounts(db: ClipDatabase): Promise<Counts> {
  const [rows, total, newest] = await db.transaction('r', db.tagCounts, db.clips, () =>
    Promise.all([
      db.tagCounts.toArray(),
      db.clips.count(),
      db.clips.orderBy('savedAt').reverse().limit(RECENT_CLIPS).toArray(),
    ]),
  );
  const tags = rows.filter((row) => row.tag !== UNTAGGED);
  // The tag bar's order (as rankTags): most used first, then alphabetically.
  tags.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  const untagged = rows.find((row) => row.tag === UNTAGGED)?.count ?? 0;
  const recent = newest.map((clip) => clip.tags);
  return { tags: tags.map(({ tag, count }) => ({ tag, count })), total, untagged, recent };
}

type Early = { rows?: StoredSummary[]; listeners: Set<() => void> };
/** The newest clips, read once as soon as the popup's script runs (before React mounts). */
let early: Early | undefined;

/**
 * Starts reading the newest clips now, so the list's first paint waits neither for React's first commit
 * nor for its effects (where the live query starts). The live query takes over once it has answered.
 */
export function prefetchRecent(): void {
  if (early) return;
  const state: Early = { listeners: new Set() };
  early = state;
  recent(getDb(), ALL).then(
    (rows) => {
      state.rows = rows;
      for (const listener of state.listeners) listener();
    },
    () => undefined, // the live query reports the failure
  );
}

function subscribeEarly(listener: () => void): () => void {
  early?.listeners.add(listener);
  return () => early?.listeners.delete(listener);
}

/** What the popup shows: the newest clips of the filter and the tag chips, live. */
export function usePopupData(filter: TagFilter) {
  const db = getDb();
  const firstRows = useSyncExternalStore(subscribeEarly, () => early?.rows);
  const live = useLiveQuery(() => recent(db, filter), [filter]);
  const clips = live ?? (filter.kind === 'all' ? firstRows : undefined);
  // Tag counts (a few hundred small rows) are read once the newest clips are on screen.
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
