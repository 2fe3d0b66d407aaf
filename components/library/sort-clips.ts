import type { StoredSummary } from '@/utils/clip-schema';
import { siteLabel } from '../format-date';

export type SortKey = 'saved' | 'published' | 'title' | 'site';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Newest first for dates; A→Z for title and site (then newest first). By published date, clips whose page
 * stated no date come last: their `pubDatetime` is only the clip time, which would put every undated
 * clip above the real news of the day.
 */
export function sortClips(clips: StoredSummary[], key: SortKey): StoredSummary[] {
  const undatedLast = (a: StoredSummary, b: StoredSummary) =>
    key === 'published' ? Number(a.pubDatetimeIsClipTime) - Number(b.pubDatetimeIsClipTime) : 0;
  const byDate = (field: 'savedAt' | 'pubDatetime') => (a: StoredSummary, b: StoredSummary) =>
    undatedLast(a, b) || b[field].localeCompare(a[field]) || b.id - a.id;
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
