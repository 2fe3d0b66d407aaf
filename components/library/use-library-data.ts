import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { StoredSummary } from '@/utils/clip-schema';
import { getDb } from '@/utils/db/clip-db';
import { searchClipIds, type SearchCache } from '@/utils/search/search-clips';
import { countTags } from '@/utils/tags/count-tags';
import { matchesFilter, type TagFilter } from '../tag-filter';
import { useAfterPaint } from '../use-after-paint';
import { sortClips, type SortKey } from './sort-clips';

/** The library's view of the database: live, filtered by tag and search, sorted. */
export function useLibraryData(filter: TagFilter, query: string, sort: SortKey) {
  const db = getDb();
  // First paint needs only the newest rows; the full list (summaries, never bodies) follows.
  const firstRows = useLiveQuery(() => db.clips.orderBy('savedAt').reverse().limit(40).toArray(), []);
  // The full list is read after the first rows are on screen: deserializing thousands of rows would
  // otherwise hold up that first paint.
  const loadAll = useAfterPaint(firstRows !== undefined);
  const all = useLiveQuery(async () => (loadAll ? db.clips.toArray() : undefined), [loadAll]);
  // Word lookups are reused across keystrokes until the clips change.
  const searchCache: SearchCache = useMemo(() => new Map(), [all]); // eslint-disable-line react-hooks/exhaustive-deps
  const matches = useLiveQuery(
    async () => ({ query, ids: await searchClipIds(db, query, searchCache) }),
    [query, searchCache],
  );

  const tagCounts = useMemo(() => countTags(all ?? []), [all]);
  const drafts = useMemo(() => (all ?? []).filter((c) => c.draft).length, [all]);
  // Sorted once per change of data or order; filters and searches then keep that order in one pass.
  const sorted = useMemo(() => (all ? sortClips(all, sort) : undefined), [all, sort]);
  const visible: StoredSummary[] = useMemo(() => {
    if (!sorted) return filter.kind === 'all' && !query.trim() && sort === 'saved' ? (firstRows ?? []) : [];
    const ids = matches?.ids;
    return sorted.filter((c) => matchesFilter(c, filter) && (!ids || ids.has(c.id)));
  }, [sorted, firstRows, filter, matches, query, sort]);

  return {
    loading: all === undefined,
    /** The query the listed results answer (lags the typed query until its lookup returns). */
    resultsFor: matches?.query ?? '',
    visible,
    tags: tagCounts.tags,
    counts: { all: all?.length ?? 0, untagged: tagCounts.untagged, drafts },
  };
}
