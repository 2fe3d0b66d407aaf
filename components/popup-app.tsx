import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { StoredClip } from '@/utils/clip-schema';
import { getDb } from '@/utils/db/clip-db';
import { deleteClip, getClip, getClips, restoreClip } from '@/utils/db/clip-store';
import { downloadFile } from '@/utils/export/download';
import { zipPosts } from '@/utils/export/zip-posts';
import { countTags } from '@/utils/tags/count-tags';
import { ClipAction } from './clip-action';
import { ClipDetail } from './clip-detail';
import { ClipList } from './clip-list';
import { TagBar } from './tag-bar';
import { ALL, filterLabel, matchesFilter, type TagFilter } from './tag-filter';
import { useActiveTab } from './use-active-tab';

type Notice = { text: string; isError: boolean; undo?: StoredClip };

export function PopupApp() {
  const tab = useActiveTab();
  const clips = useLiveQuery(() => getDb().clips.orderBy('savedAt').reverse().toArray(), []);
  const [filter, setFilter] = useState<TagFilter>(ALL);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const { tags, untagged } = useMemo(() => countTags(clips ?? []), [clips]);
  const visible = useMemo(() => (clips ?? []).filter((c) => matchesFilter(c.tags, filter)), [clips, filter]);
  const selected = useLiveQuery(
    () => (selectedId === null ? undefined : getClip(getDb(), selectedId)),
    [selectedId, clips],
  );
  const say = (text: string, isError = false) => setNotice({ text, isError });

  async function remove(clip: StoredClip) {
    try {
      await deleteClip(getDb(), clip.id);
      setSelectedId(null);
      setNotice({ text: `Deleted “${clip.title}”`, isError: false, undo: clip });
    } catch (error) {
      say(error instanceof Error ? error.message : String(error), true);
    }
  }

  async function undo(clip: StoredClip) {
    try {
      await restoreClip(getDb(), clip);
      say(`Restored “${clip.title}”`);
    } catch (error) {
      say(error instanceof Error ? error.message : String(error), true);
    }
  }

  async function exportTag() {
    try {
      const zip = zipPosts(
        await getClips(
          getDb(),
          visible.map((c) => c.id),
        ),
        { defaultAuthor: '' },
      );
      const name = `newsclip-${filterLabel(filter).replace(/[^\p{L}\p{N}]+/gu, '-')}.zip`;
      await downloadFile(name, zip as Uint8Array<ArrayBuffer>, 'application/zip');
      say(`Exported ${visible.length} clip${visible.length === 1 ? '' : 's'} to ${name}`);
    } catch (error) {
      say(`Export failed: ${String(error)}`, true);
    }
  }

  return (
    <main className="popup">
      <ClipAction tab={tab} onClipped={(id) => setSelectedId(id)} />
      {notice && (
        <div className={`notice ${notice.isError ? 'error' : ''}`} role="status" data-testid="notice">
          <span>{notice.text}</span>
          {notice.undo && (
            <button type="button" data-testid="undo" onClick={() => notice.undo && void undo(notice.undo)}>
              Undo
            </button>
          )}
          <button type="button" aria-label="Dismiss" onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
      {selected ? (
        <ClipDetail
          key={selected.id}
          clip={selected}
          knownTags={tags.map((t) => t.tag)}
          onClose={() => setSelectedId(null)}
          onDelete={(clip) => void remove(clip)}
          onMessage={say}
        />
      ) : (
        <>
          <TagBar
            tags={tags}
            total={clips?.length ?? 0}
            untagged={untagged}
            filter={filter}
            onFilter={setFilter}
          />
          {clips && (
            <div className="list-header">
              <span>
                {visible.length} clip{visible.length === 1 ? '' : 's'}
                {filter.kind !== 'all' ? ` in ${filter.kind === 'tag' ? `#${filter.tag}` : 'Untagged'}` : ''}
              </span>
              <button
                type="button"
                data-testid="export-tag"
                disabled={visible.length === 0}
                onClick={() => void exportTag()}
              >
                {filter.kind === 'all' ? 'Export all (.zip)' : 'Export tag (.zip)'}
              </button>
            </div>
          )}
          <ClipList clips={visible} selectedId={selectedId} onSelect={setSelectedId} />
        </>
      )}
    </main>
  );
}
