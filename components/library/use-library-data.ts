import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { StoredSummary } from '@/utils/clip-schema';
import { getDb } from '@/utils/db/clip-db';
import { searchClipIds, type SearchCache } from '@/utils/search/search-clips';
import { countTags } from '@/utils/tags/count-tags';
import { matchesFilter, type TagFilter } from '../tag-filter';
import { useAfterPaint } from '../use-after-paint';
import { sortClips, type SortKey } from './sort-clips';

type Matches = { query: string; ids: Set<number> | null };

/** The library's view of the database: live, filtered by tag and search, sorted. */
export function useLibraryData(filter: TagFilter, query: string, sort: SortKey) {
  const db = getDb();
  // First paint needs only the newest rows; the full list (summaries, never bodies) follows.
  const firstRows = useLiveQuery(() => db.clips.orderBy('savedAt').reverse().limit(40).toArray(), []);
  // The full list is read after the first rows are on screen: deserializing thousands of rows would
  // otherwise hold up that first paint.
  const loadAll = useAfterPaint(firstRows !== undefined);
  const all = useLiveQuery(async () => (loadAll ? db.clips.toArray() : undefined), [loadAll]);
  // Word lookups are reused across keystrokes until the clips change. Every write changes the clips
  // table (and the word index in the same transaction), so `all` changing is the signal to search again.
  const searchCache: SearchCache = useMemo(() => new Map(), [all]); // eslint-disable-line react-hooks/exhaustive-deps
  const [matches, setMatches] = useState<Matches>({ query: '', ids: null });
  useEffect(() => {
    // Not a live query: it would track every id a common word returns (thousands) to watch for changes,
    // which costs more than the lookup itself; the cache above already follows the data.
    let current = true;
    searchClipIds(db, query, searchCache).then(
      (ids) => current && setMatches({ query, ids }),
      () => current && setMatches({ query, ids: new Set() }),
    );
    return () => {
      current = false;
    };
  }, [db, query, searchCache]);

  const tagCounts = useMemo(() => countTags(all ?? []), [all]);
  const drafts = useMemo(() => (all ?? []).filter((c) => c.draft).length, [all]);
  // Sorted once per change of data or order; filters and searches then keep that order in one pass.
  const sorted = useMemo(() => (all ? sortClips(all, sort) : undefined), [all, sort]);
  const total = all?.length ?? 0;
  const counts = useMemo(
    () => ({ all: total, untagged: tagCounts.untagged, drafts }),
    [total, tagCounts, drafts],
  );
  const showFirstRows = filter.kind === 'all' && !query.trim() && sort === 'saved';
  // Follows the results (not each keystroke): the list is filtered once, when a search's ids arrive.
  const ids = matches.ids;
  const visible: StoredSummary[] = useMemo(() => {
    if (!sorted) return showFirstRows ? (firstRows ?? []) : [];
    if (filter.kind === 'all' && !ids) return sorted;
    return sorted.filter((c) => (!ids || ids.has(c.id)) && matchesFilter(c, filter));
  }, [sorted, firstRows, showFirstRows, filter, ids]);

  return {
    loading: all === undefined,
    /** The query the listed results answer (lags the typed query until its lookup returns). */
    resultsFor: matches.query,
    visible,
    tags: tagCounts.tags,
    counts,
  };
}
