import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import type { StoredClip, StoredSummary } from '@/utils/clip-schema';
import { getDb } from '@/utils/db/clip-db';
import { deleteClip, getClip, restoreClip } from '@/utils/db/clip-store';
import type { TrashedClip } from '@/utils/db/trash';
import { exportOptionsFrom } from '@/utils/settings-schema';
import { t } from '@/utils/i18n/t';
import { popupTagChips } from '@/utils/tags/popup-tag-chips';
import { BatchPanel } from './batch-panel';
import { ClipAllTabs } from './clip-all-tabs';
import { useBatch } from './use-batch';
import { ClipList } from './clip-list';
import { FirstRun } from './first-run';
import { NoticeBar, type Notice } from './notice-bar';
import { TagBar } from './tag-bar';
import { ALL, filterLabel, type TagFilter } from './tag-filter';
import { useClippedAlready } from './use-clipped-already';
import type { ActiveTab } from './use-active-tab';
import { useAfterPaint } from './use-after-paint';
import { useLazyModule } from './use-lazy-module';
import { filterIds, prefetchRecent, usePopupData } from './use-popup-data';
import { useSettings } from './use-settings';

// The clip form (with the exporter behind its "exact file" preview) and the zip exporter load after the
// list is on screen: the popup's first paint only needs the list.
const loadDetail = () => import('./clip-detail');
// The newest clips are read as this part of the popup loads, not after it mounts.
prefetchRecent();

function openLibrary(params: Record<string, string> = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value)).toString();
  void browser.tabs.create({ url: browser.runtime.getURL('/library.html') + (query ? `?${query}` : '') });
}

/** The clip the clipper answered with (its id, and the clip itself to show before it is read back). */
export type JustClipped = { id: number; clip: StoredClip | null };

type Props = {
  tab: ActiveTab | null;
  /** The latest clip made in this popup, or null. */
  clipped: JustClipped | null;
  /** The stored clip of the popup's page (the clip button says "Re-clip" and offers the library). */
  onStored(stored: StoredSummary | undefined): void;
};

/**
 * The popup below the clip button (popup-shell.tsx): the newest clips by tag, their review form, the
 * batch panel and notices. Reads only what it shows; loads after the clip button is on screen.
 */
export function PopupApp({ tab, clipped, onStored }: Props) {
  const db = getDb();
  const [filter, setFilter] = useState<TagFilter>(ALL);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  // The clip just made, from the clipper's answer: its form shows before the database is read back.
  const [justClipped, setJustClipped] = useState<StoredClip | null>(null);
  // A new answer from the clipper opens its clip (set while rendering: no frame shows the list first).
  const [seen, setSeen] = useState<JustClipped | null>(null);
  if (clipped !== seen) {
    setSeen(clipped);
    if (clipped) {
      setJustClipped(clipped.clip);
      setSelectedId(clipped.id);
    }
  }
  const stored = useClippedAlready(tab?.restriction ? undefined : tab?.url);
  useEffect(() => onStored(stored), [stored, onStored]);
  const [notice, setNotice] = useState<Notice<TrashedClip> | null>(null);
  const [query, setQuery] = useState('');
  const { clips, counts, inFilter } = usePopupData(filter);
  const settings = useSettings();
  const batch = useBatch();
  const allTags = useMemo(() => counts?.tags.map((x) => x.tag), [counts]);
  // The selected tag always shows; the rest are the newest clips' tags, then the most used. (Not the page's
  // clip's tags: they arrive after the bar, and chips moving then could take a click meant for another.)
  const chips = useMemo(
    () =>
      counts &&
      popupTagChips({
        ranked: counts.tags,
        recent: counts.recent,
        pinned: filter.kind === 'tag' ? [filter.tag] : [],
      }),
    [counts, filter],
  );
  // Tagged with its id: the hook keeps its last answer until the next one, which may be another clip's.
  const read = useLiveQuery(
    async () => (selectedId === null ? null : { id: selectedId, clip: await getClip(db, selectedId) }),
    [selectedId, clips],
  );
  // Until the clip is read back, the clip the clipper answered with stands in.
  const selected =
    read?.id === selectedId ? read.clip : justClipped?.id === selectedId ? justClipped : undefined;
  const say = (text: string, isError = false) => setNotice({ text, isError });
  const painted = useAfterPaint(clips !== undefined);
  const ClipDetail = useLazyModule(loadDetail, painted || selectedId !== null)?.ClipDetail;

  async function remove(clip: StoredClip) {
    try {
      // Undo restores the trashed copy (by its trash row), so the trash doesn't keep a duplicate.
      const trashed = await deleteClip(db, clip.id);
      setSelectedId(null);
      setNotice({ text: t('deletedTitle', clip.title), isError: false, undo: trashed });
    } catch (error) {
      say(error instanceof Error ? error.message : String(error), true);
    }
  }

  async function undo(clip: TrashedClip) {
    try {
      await restoreClip(db, clip);
      say(t('restoredTitle', clip.title));
    } catch (error) {
      say(error instanceof Error ? error.message : String(error), true);
    }
  }

  async function exportFilter() {
    try {
      const { downloadClipsZip, zipName } = await import('@/utils/export/download-clips-zip');
      const name = zipName(filterLabel(filter));
      const ids = await filterIds(db, filter);
      const count = await downloadClipsZip(db, ids, exportOptionsFrom(settings), name);
      // Loaded with the exporter, not with the popup: the first paint needs neither.
      const { exportOutcome } = await import('./export-outcome');
      setNotice(await exportOutcome(db, ids, settings, count, name, setNotice));
    } catch (error) {
      say(t('exportFailed', String(error)), true);
    }
  }

  return (
    <>
      <BatchPanel state={batch} />
      <NoticeBar notice={notice} onUndo={(clip) => void undo(clip)} onDismiss={() => setNotice(null)} />
      {selected ? (
        ClipDetail && (
          <ClipDetail
            key={selected.id}
            clip={selected}
            knownTags={allTags}
            recentTags={counts?.recent}
            onClose={() => setSelectedId(null)}
            onDelete={(clip) => void remove(clip)}
            onMessage={say}
          />
        )
      ) : (
        <>
          <form
            className="popup-search"
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              openLibrary({ q: query });
            }}
          >
            <input
              type="search"
              aria-label={t('searchLabel')}
              placeholder={t('searchInLibrary')}
              value={query}
              data-testid="popup-search"
              onChange={(e) => setQuery(e.target.value)}
            />
            <button type="button" data-testid="open-library" onClick={() => openLibrary()}>
              {t('openLibrary')}
            </button>
          </form>
          {/* Shown together, once both queries answered: a tag bar arriving later would push the export
              button down under the pointer, and a click meant for it would land on a tag. */}
          {counts && clips && counts.total === 0 && filter.kind === 'all' && <FirstRun />}
          {counts && clips && (counts.total > 0 || filter.kind !== 'all') && (
            <>
              <TagBar
                tags={chips ?? []}
                allTags={allTags ?? []}
                onAllTags={() => openLibrary({ tag: filter.kind === 'tag' ? filter.tag : '' })}
                total={counts.total}
                untagged={counts.untagged}
                filter={filter}
                onFilter={setFilter}
              />
              <div className="list-header">
                <span>{t('clipCount', inFilter)}</span>
                <button
                  type="button"
                  data-testid="export-tag"
                  disabled={inFilter === 0}
                  onClick={() => void exportFilter()}
                >
                  {filter.kind === 'all' ? t('exportAll') : t('exportTag')}
                </button>
              </div>
              <ClipList clips={clips} selectedId={selectedId} onSelect={setSelectedId} />
            </>
          )}
          <ClipAllTabs onError={(message) => say(message, true)} />
        </>
      )}
    </>
  );
}
