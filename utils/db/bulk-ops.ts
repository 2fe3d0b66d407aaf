import type { StoredClip } from '../clip-schema';
import { toIsoUtc } from '../format-datetime';
import { normalizeTag } from '../tags/normalize-tag';
import { clipTables, type ClipDatabase } from './clip-db';
import { restoreClip } from './clip-store';
import { setTags } from './set-tags';
import { t } from '../i18n/t';
import { StoreError, toStoreError } from './store-error';
import { moveToTrash, type TrashedClip } from './trash';

async function inTransaction<T>(db: ClipDatabase, work: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction('rw', clipTables(db), work);
  } catch (error) {
    throw toStoreError(error);
  }
}

function checkedTag(tag: string): string {
  const clean = normalizeTag(tag);
  if (!clean) throw new StoreError(t('tagNeedsLetter'), 'validation');
  return clean;
}

/** Adds a tag to every given clip. */
export function bulkAddTag(db: ClipDatabase, ids: readonly number[], tag: string): Promise<void> {
  const clean = checkedTag(tag);
  return inTransaction(db, () =>
    setTags(db, ids, (tags) => (tags.includes(clean) ? tags : [...tags, clean]), toIsoUtc(Date.now())),
  );
}

/** Removes a tag from every given clip. */
export function bulkRemoveTag(db: ClipDatabase, ids: readonly number[], tag: string): Promise<void> {
  return inTransaction(db, () =>
    setTags(db, ids, (tags) => tags.filter((t) => t !== tag), toIsoUtc(Date.now())),
  );
}

/** Sets draft and/or featured on every given clip. */
export function bulkSetFlags(
  db: ClipDatabase,
  ids: readonly number[],
  flags: { draft?: boolean; featured?: boolean },
): Promise<void> {
  const now = toIsoUtc(Date.now());
  return inTransaction(db, async () => {
    await db.clips
      .where(':id')
      .anyOf([...ids])
      .modify((clip) => {
        if (flags.draft !== undefined) {
          clip.draft = flags.draft;
          if (!clip.edited.includes('draft')) clip.edited = [...clip.edited, 'draft' as const].sort();
        }
        if (flags.featured !== undefined) clip.featured = flags.featured;
        clip.updatedAt = now;
      });
  });
}

/** Moves the given clips to the trash and returns them whole (with their trash rows), for undo. */
export function bulkDelete(
  db: ClipDatabase,
  ids: readonly number[],
  now: number = Date.now(),
): Promise<TrashedClip[]> {
  return inTransaction(db, () => moveToTrash(db, ids, now));
}

/** Undo of a bulk delete: every clip back, or (if one's page was clipped again meanwhile) none. */
export function bulkRestore(
  db: ClipDatabase,
  clips: readonly (StoredClip & { trashId?: number })[],
): Promise<void> {
  return inTransaction(db, async () => {
    for (const clip of clips) await restoreClip(db, clip);
  });
}
