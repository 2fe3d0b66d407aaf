import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useRef, useState } from 'react';
import { bulkDelete, bulkRestore } from '@/utils/db/bulk-ops';
import { getDb } from '@/utils/db/clip-db';
import { getClip } from '@/utils/db/clip-store';
import { zipName } from '@/utils/export/download-clips-zip';
import { useSettings } from '../use-settings';
import { t } from '@/utils/i18n/t';
import { NoticeBar } from '../notice-bar';
import { filterLabel, type TagFilter } from '../tag-filter';
import { SelectionBulkBar } from './selection-bulk-bar';
import { BatchPanel } from '../batch-panel';
import { useBatch } from '../use-batch';
import { checkForChanges } from './check-for-changes';
import { ClipEditor } from './clip-editor';
import { ClipTable, type ClipTableHandle } from './clip-table';
import type { PublishScope } from './publish-dialog';
import { publishScopes as scopesToPublish } from './publish-scopes';
import { LibraryDialogs } from './library-dialogs';
import { LibraryHeader } from './library-header';
import { KeptAsideNote } from './kept-aside-note';
import { TagSidebar } from './tag-sidebar';
import { TrashView } from './trash-view';
import { useTagActions } from './use-tag-actions';
import { useTrash } from './use-trash';
import { useClipExport } from './use-clip-export';
import type { SortKey } from './sort-clips';
import { useLibraryData } from './use-library-data';
import { useSlashFocus } from './use-slash-focus';
import { useFoldedSidebar } from './use-folded-sidebar';
import { usePastedLinks } from './use-pasted-links';
import { useAddressState } from './use-address-state';
import { useRowSelection } from './use-row-selection';
import { useLibraryNotice } from './use-library-notice';
import { useTableKeys } from './use-table-keys';

const TAG_INPUT_ID = 'editor-tag-input';

/** The library: tags on the left, the virtualized clip list in the middle, the open clip on the right. */
export function LibraryApp() {
  const db = getDb();
  const { filter, setFilter, query, setQuery, openId, setOpenId } = useAddressState();
  const [sort, setSort] = useState<SortKey>('saved');
  const { notice, setNotice, say, fail, onRestored } = useLibraryNotice();
  const [importing, setImporting] = useState(false);
  const [publishScopes, setPublishScopes] = useState<PublishScope[] | null>(null);
  const [inTrash, setInTrash] = useState(false);
  const [sidebar, toggleSidebar] = useFoldedSidebar();
  const settings = useSettings();
  const search = useRef<HTMLInputElement>(null);
  const table = useRef<ClipTableHandle>(null);
  const { visible, tags, counts, loading, resultsFor } = useLibraryData(filter, query, sort);
  const open = useLiveQuery(() => (openId === null ? undefined : getClip(db, openId)), [openId, counts.all]);

  const { trashed, keptAside } = useTrash(fail);
  const [pastingLinks, setPastingLinks] = usePastedLinks(say, fail);
  const { progress, exportClips } = useClipExport(db, settings, setNotice, fail);
  const ids = useMemo(() => visible.map((c) => c.id), [visible]);
  const rows = useRowSelection(ids);
  const { selected, setSelected, cursor, setCursor, restart } = rows;
  // Act on what the user can see: the selected rows in view, else the row under the cursor.
  const targets = () => {
    const inView = ids.filter((id) => selected.has(id));
    return inView.length ? inView : visible[cursor] ? [visible[cursor]!.id] : [];
  };

  useSlashFocus(search);

  async function openPublish() {
    const all = (await db.clips.toCollection().primaryKeys()).map(Number);
    setPublishScopes(
      scopesToPublish(
        all,
        ids,
        ids.filter((id) => selected.has(id)),
        filter,
        query,
      ),
    );
  }

  async function removeClips(list: number[]) {
    // One clip goes with Undo; more ask first, naming how many (a slip of Ctrl+A, Delete is a lot).
    if (!list.length || (list.length > 1 && !confirm(t('confirmDeleteClips', list.length)))) return;
    try {
      const deleted = await bulkDelete(db, list);
      setSelected(new Set());
      if (openId !== null && list.includes(openId)) setOpenId(null);
      setNotice({ text: t('deletedCount', deleted.length), isError: false, undo: deleted });
    } catch (error) {
      fail(error);
    }
  }

  const onTableKey = useTableKeys(visible.length, rows, {
    open: (index) => setOpenId(visible[index]!.id),
    editTags: (index) => {
      setOpenId(visible[index]!.id);
      setTimeout(() => document.getElementById(TAG_INPUT_ID)?.focus(), 50);
    },
    remove: () => void removeClips(targets()),
  });
  const onFilter = useCallback(
    (f: TagFilter) => {
      setFilter(f);
      setInTrash(false);
      restart();
    },
    [setFilter, restart],
  );

  const onTrash = useCallback(
    () => (setInTrash(true), setSelected(new Set()), setOpenId(null)),
    [setSelected, setOpenId],
  );
  const onSaved = useCallback((m: string) => say(m), [say]);
  const onEditError = useCallback((m: string) => say(m, true), [say]);
  const batch = useBatch();
  const onCheck = useCallback(
    (id: number) => void checkForChanges(db, [id]).then((m) => m && say(m, true)),
    [db, say],
  );
  const { onRename, onMerge, onDelete } = useTagActions(onRestored, fail, setFilter);
  const knownTags = useMemo(() => tags.map((x) => x.tag), [tags]);

  return (
    <div className="library">
      <LibraryHeader
        ref={search}
        query={query}
        sort={sort}
        onQuery={(q) => {
          setQuery(q);
          restart();
        }}
        onSort={setSort}
        onLeave={() => table.current?.focus()}
        onImport={() => setImporting(true)}
        onLinks={() => setPastingLinks('')}
        onPublish={() => void openPublish().catch(fail)}
      />
      <LibraryDialogs
        db={db}
        settings={settings}
        publishScopes={publishScopes}
        pastingLinks={pastingLinks}
        importing={importing}
        onClosePublish={() => setPublishScopes(null)}
        onCloseLinks={() => setPastingLinks(false)}
        onCloseImport={() => setImporting(false)}
        say={say}
      />
      {progress && (
        <progress
          className="export-progress"
          max={progress.total}
          value={progress.done}
          aria-label={t('exporting')}
        />
      )}
      <NoticeBar
        notice={notice}
        onUndo={(clips) => bulkRestore(db, clips).then(() => say(t('restoredCount', clips.length)), fail)}
        onDismiss={() => setNotice(null)}
      />
      <BatchPanel state={batch} />
      <KeptAsideNote count={keptAside} onError={fail} />
      <div className={sidebar ? 'library-body' : 'library-body tags-folded'}>
        <TagSidebar
          tags={tags}
          counts={counts}
          filter={filter}
          onFilter={onFilter}
          onRename={onRename}
          onMerge={onMerge}
          onDelete={onDelete}
          trashed={trashed}
          inTrash={inTrash}
          onTrash={onTrash}
          open={sidebar}
          onToggle={toggleSidebar}
        />
        <section className="list-pane" aria-label={inTrash ? t('trashHeading') : t('clipsLabel')}>
          {inTrash ? (
            <TrashView onMessage={say} />
          ) : (
            <>
              <div className="list-header">
                <span data-testid="result-count" data-results-for={resultsFor}>
                  {loading && !visible.length ? t('loading') : t('clipCount', visible.length)}
                </span>
                <button
                  type="button"
                  disabled={!visible.length}
                  data-testid="export-view"
                  onClick={() => void exportClips(ids, zipName(filterLabel(filter)))}
                >
                  {t('exportView')}
                </button>
              </div>
              {selected.size > 0 && (
                <SelectionBulkBar
                  db={db}
                  selected={selected}
                  targets={targets}
                  say={say}
                  fail={fail}
                  onExport={() => void exportClips([...selected], zipName('selection'))}
                  onDelete={() => void removeClips([...selected])}
                  onClear={() => setSelected(new Set())}
                />
              )}
              <ClipTable
                ref={table}
                clips={visible}
                query={resultsFor}
                cursor={cursor}
                selected={selected}
                activeId={openId}
                onCursor={setCursor}
                onToggle={rows.onToggle}
                onOpen={setOpenId}
                onKey={onTableKey}
              />
            </>
          )}
        </section>
        <section className="detail-pane" aria-label={t('openClip')}>
          {open ? (
            <ClipEditor
              key={open.id}
              db={db}
              clip={open}
              settings={settings}
              knownTags={knownTags}
              tagInputId={TAG_INPUT_ID}
              onSaved={onSaved}
              onError={onEditError}
              onRestored={onRestored}
              onCheck={onCheck}
            />
          ) : (
            <p className="empty">{t('pickClip')}</p>
          )}
        </section>
      </div>
    </div>
  );
}
