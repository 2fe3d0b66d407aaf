import type { StoredSummary } from '@/utils/clip-schema';
import { siteLabel } from '../format-date';

export type SortKey = 'saved' | 'published' | 'title' | 'site';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Newest first for dates; A→Z for title and site (then newest first). */
export function sortClips(clips: StoredSummary[], key: SortKey): StoredSummary[] {
  const byDate = (field: 'savedAt' | 'pubDatetime') => (a: StoredSummary, b: StoredSummary) =>
    b[field].localeCompare(a[field]) || b.id - a.id;
  const compare =
    key === 'saved'
      ? byDate('savedAt')
      : key === 'published'
        ? byDate('pubDatetime')
        : key === 'title'
          ? (a: StoredSummary, b: StoredSummary) => collator.compare(a.title, b.title) || b.id - a.id
          : (a: StoredSummary, b: StoredSummary) =>
              collator.compare(siteLabel(a), siteLabel(b)) || b.savedAt.localeCompare(a.savedAt);
  return [...clips].sort(compare);
}
