import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { StoredClip } from '@/utils/clip-schema';
import type { ClipDatabase } from '@/utils/db/clip-db';
import { listVersions, restoreVersion, undoRestore } from '@/utils/db/clip-versions';
import { t } from '@/utils/i18n/t';
import { summarizeChange } from '@/utils/versions/change-summary';
import { describeChange } from '@/utils/versions/describe-change';
import { findCorrections } from '@/utils/versions/find-corrections';
import type { StoredVersion } from '@/utils/versions/version-schema';
import { formatDateTime } from '../format-date';
import { VersionDiff } from './version-diff';
import { CiteMenu } from './cite-menu';
import { cslItem } from '@/utils/cite/csl-item';

type Props = {
  db: ClipDatabase;
  clip: StoredClip;
  versionLimit: number;
  /** The form holds edits not saved yet: a restore would be mixed with them, so it waits. */
  hasUnsaved: boolean;
  onRestored(text: string, undo: () => void): void;
  onError(message: string): void;
  /** A citation was copied (or failed). */
  onMessage(message: string, isError?: boolean): void;
  onCheck(): void;
};

/** The current content, shown on the timeline like a version. */
const CURRENT = -1;

/**
 * A clip's story over time (#14): the notes its newsroom appended, every version on a timeline with what
 * changed from the one before, a word diff of any two, and a restore of an earlier one (undoable).
 */
export function VersionsPanel({
  db,
  clip,
  versionLimit,
  hasUnsaved,
  onRestored,
  onError,
  onMessage,
  onCheck,
}: Props) {
  const versions = useLiveQuery(() => listVersions(db, clip.id), [db, clip.id]);
  const [olderId, setOlderId] = useState<number | null>(null);
  const [newerId, setNewerId] = useState<number>(CURRENT);
  const notes = useMemo(() => findCorrections(clip.markdown), [clip.markdown]);
  if (!versions) return null;

  const byId = (id: number | null) =>
    id === CURRENT ? clip : (versions.find((v) => v.versionId === id) ?? versions[0]);
  const older = byId(olderId ?? versions[0]?.versionId ?? null);
  const newer = byId(newerId);
  // Newest first: each entry with what it changed from the one before it (older, next in the list).
  const timeline: { id: number; at: string; content: StoredClip | StoredVersion }[] = [
    { id: CURRENT, at: versions[0]?.replacedAt ?? clip.savedAt, content: clip },
    ...versions.map((v) => ({ id: v.versionId, at: v.clippedAt, content: v })),
  ];

  const restore = async (version: StoredVersion) => {
    try {
      const done = await restoreVersion(db, clip.id, version.versionId, versionLimit);
      onRestored(t('versionRestored', formatDateTime(version.clippedAt)), () => {
        undoRestore(db, done).catch((error: unknown) => onError(String(error)));
      });
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    }
  };

  const option = (entry: (typeof timeline)[number]) => (
    <option key={entry.id} value={entry.id}>
      {entry.id === CURRENT ? t('versionCurrent') : t('versionOf', formatDateTime(entry.at))}
    </option>
  );

  return (
    <section className="versions" data-testid="versions" aria-label={t('versionsTitle')}>
      {notes.length > 0 && (
        <>
          <h3>{t('storyNotes')}</h3>
          <ul className="story-notes" data-testid="story-notes">
            {notes.map((note, i) => (
              <li key={i}>{note.text}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('versionsTitle')}</h3>
      <button type="button" data-testid="check-one" onClick={onCheck}>
        {t('checkChanges')}
      </button>
      {versions.length === 0 ? (
        <p className="source-note" data-testid="versions-none">
          {t('versionsNone')}
        </p>
      ) : (
        <>
          <ol className="timeline" data-testid="timeline">
            {timeline.map((entry, i) => {
              const before = timeline[i + 1]?.content;
              const said =
                before && (describeChange(summarizeChange(before, entry.content)) ?? t('changeText'));
              return (
                <li key={entry.id} data-testid="timeline-entry">
                  <strong>{entry.id === CURRENT ? t('versionCurrent') : formatDateTime(entry.at)}</strong>
                  {entry.id === CURRENT && <span> · {t('versionClippedAt', formatDateTime(entry.at))}</span>}
                  {said && <span className="source-note"> · {said}</span>}
                  {entry.id !== CURRENT && (
                    // What the story said then, accessed when it was clipped: a citation of what was read.
                    <CiteMenu
                      items={async () => [cslItem({ ...clip, ...entry.content }, entry.at)]}
                      onMessage={onMessage}
                      testId="version-cite"
                    />
                  )}
                  {entry.id !== CURRENT && (
                    <button
                      type="button"
                      data-testid="version-restore"
                      disabled={hasUnsaved}
                      title={hasUnsaved ? t('versionRestoreWait') : undefined}
                      onClick={() => void restore(entry.content as StoredVersion)}
                    >
                      {t('versionRestore')}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
          <div className="compare">
            <label>
              {t('compareOlder')}
              <select
                data-testid="compare-older"
                value={olderId ?? versions[0]!.versionId}
                onChange={(e) => setOlderId(Number(e.target.value))}
              >
                {timeline.map(option)}
              </select>
            </label>
            <label>
              {t('compareNewer')}
              <select
                data-testid="compare-newer"
                value={newerId}
                onChange={(e) => setNewerId(Number(e.target.value))}
              >
                {timeline.map(option)}
              </select>
            </label>
          </div>
          {older && newer && <VersionDiff older={older} newer={newer} />}
        </>
      )}
    </section>
  );
}
