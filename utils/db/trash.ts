import type { StoredClip } from '../clip-schema';
import { clipSchema } from '../clip-schema';
import { toIsoUtc } from '../format-datetime';
import { clipTables, type ClipDatabase, type TrashRow } from './clip-db';
import { deleteClipWords } from './clip-words';
import { toStoreError } from './store-error';
import { adjustTagCounts } from './tag-counts';
import { librarySlug } from './library-slug';
import { writeClip } from './write-clip';
import { dropOrphanVersions } from './clip-versions';

/** Days a deleted clip stays restorable; the library purges older ones when it opens. */
export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

/** A clip just moved to the trash, with the trash row that holds it (for undo). */
export type TrashedClip = StoredClip & { trashId: number };

/**
 * Moves clips (row, body, tags) to the trash and takes them out of the lists, the search index and the
 * tag counts. Ids not stored are left out. Call inside a transaction over `clipTables(db)`.
 */
export async function moveToTrash(
  db: ClipDatabase,
  ids: readonly number[],
  now: number = Date.now(),
): Promise<TrashedClip[]> {
  const [rows, bodies] = await Promise.all([db.clips.bulkGet([...ids]), db.bodies.bulkGet([...ids])]);
  const clips = rows.flatMap((row, i) => (row ? [{ ...row, markdown: bodies[i]?.markdown ?? '' }] : []));
  const found = clips.map((clip) => clip.id);
  await Promise.all([
    db.clips.bulkDelete(found),
    db.bodies.bulkDelete(found),
    deleteClipWords(db, found),
    db.tagTerms.bulkDelete(found),
    // A clip waiting for its indexing: there is nothing left to index.
    db.toIndex.bulkDelete(found),
  ]);
  await adjustTagCounts(
    db,
    clips.map((clip) => clip.tags),
    [],
  );
  const deletedAt = toIsoUtc(now);
  const trashIds = await db.trash.bulkAdd(
    clips.map((clip) => ({ deletedAt, clip })),
    { allKeys: true },
  );
  return clips.map((clip, i) => ({ ...clip, trashId: trashIds[i]! }));
}

/**
 * Writes a deleted clip back, searchable and counted, under its old id when that is free. Returns
 * 'clash' (writing nothing) when its page was clipped again meanwhile: the newer clip is never
 * overwritten. Call inside a transaction over `clipTables(db)`.
 */
export async function putBack(db: ClipDatabase, clip: StoredClip): Promise<StoredClip | 'clash'> {
  const valid = clipSchema.parse(clip);
  if (await db.clips.where('canonicalURL').equals(valid.canonicalURL).count()) return 'clash';
  const id = (await db.clips.get(clip.id)) ? undefined : clip.id;
  // Another clip may have taken its slug since it was deleted.
  return writeClip(db, { ...valid, slug: await librarySlug(db, valid.slug, id) }, id);
}

/** The trash, most recently deleted first. */
export function listTrash(db: ClipDatabase): Promise<TrashRow[]> {
  return db.trash.orderBy('deletedAt').reverse().toArray();
}

/**
 * Restores clips from the trash. One whose page was clipped again since stays in the trash and is
 * returned in `clashed`, so the caller can say so; the others are back in the library.
 */
export async function restoreFromTrash(
  db: ClipDatabase,
  trashIds: readonly number[],
): Promise<{ restored: StoredClip[]; clashed: StoredClip[] }> {
  try {
    return await db.transaction('rw', clipTables(db), async () => {
      const rows = await db.trash.bulkGet([...trashIds]);
      const restored: StoredClip[] = [];
      const clashed: StoredClip[] = [];
      for (const row of rows) {
        if (!row) continue;
        const back = await putBack(db, row.clip);
        if (back === 'clash') clashed.push(row.clip);
        else {
          restored.push(back);
          await db.trash.delete(row.trashId!);
        }
      }
      return { restored, clashed };
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Deletes clips from the trash for good, with their earlier versions. */
export async function deleteForever(db: ClipDatabase, trashIds: readonly number[]): Promise<void> {
  try {
    await db.transaction('rw', db.trash, db.clips, db.versions, async () => {
      await db.trash.bulkDelete([...trashIds]);
      await dropOrphanVersions(db);
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Empties the trash; returns how many clips it held. */
export async function emptyTrash(db: ClipDatabase): Promise<number> {
  try {
    return await db.transaction('rw', db.trash, db.clips, db.versions, async () => {
      const count = await db.trash.count();
      await db.trash.clear();
      await dropOrphanVersions(db);
      return count;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Deletes for good the clips deleted more than `days` days before `now`; returns how many. */
export async function purgeTrash(
  db: ClipDatabase,
  now: number = Date.now(),
  days: number = TRASH_DAYS,
): Promise<number> {
  try {
    return await db.transaction('rw', db.trash, db.clips, db.versions, async () => {
      const purged = await db.trash
        .where('deletedAt')
        .below(toIsoUtc(now - days * DAY_MS))
        .delete();
      if (purged) await dropOrphanVersions(db);
      return purged;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}
