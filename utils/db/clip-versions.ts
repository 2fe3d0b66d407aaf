import Dexie from 'dexie';
import type { StoredClip } from '../clip-schema';
import { toIsoUtc } from '../format-datetime';
import { defaultSettings } from '../settings-schema';
import { t } from '../i18n/t';
import type { ClipVersion, StoredVersion, VersionContent } from '../versions/version-schema';
import { clipTables, type ClipDatabase } from './clip-db';
import { StoreError, toStoreError } from './store-error';
import { writeClip } from './write-clip';

/** Versions kept per clip when no setting is given (tests, the library before settings load). */
export const DEFAULT_VERSION_LIMIT = defaultSettings.versionLimit;

const ofClip = (db: ClipDatabase, clipId: number) =>
  db.versions.where('[clipId+clippedAt]').between([clipId, Dexie.minKey], [clipId, Dexie.maxKey]);

/** A clip's earlier versions, newest first. */
export async function listVersions(db: ClipDatabase, clipId: number): Promise<StoredVersion[]> {
  return (await ofClip(db, clipId).reverse().toArray()) as StoredVersion[];
}

/** The content of a clip, or of a version, as a version holds it. */
export function versionContent(from: VersionContent): VersionContent {
  const { title, description, author, pubDatetime, pubDay, modDatetime, markdown, wordCount } = from;
  return {
    title,
    description,
    author,
    pubDatetime,
    modDatetime,
    markdown,
    ...(pubDay !== undefined && { pubDay }),
    ...(wordCount !== undefined && { wordCount }),
  };
}

/**
 * When the clip's current content was clipped: when its newest earlier version was replaced, else when
 * the clip was first saved.
 */
export async function currentClippedAt(db: ClipDatabase, clip: StoredClip): Promise<string> {
  const newest = await ofClip(db, clip.id).last();
  return newest?.replacedAt ?? clip.savedAt;
}

/**
 * Keeps the clip's current content as a version (it is about to be replaced at `now`) and drops the
 * oldest beyond `limit`. Returns the new version's id. Call inside a transaction over `clipTables(db)`.
 */
export async function keepVersion(
  db: ClipDatabase,
  clip: StoredClip,
  now: string,
  limit: number = DEFAULT_VERSION_LIMIT,
): Promise<number> {
  const row: ClipVersion = {
    ...versionContent(clip),
    clipId: clip.id,
    clippedAt: await currentClippedAt(db, clip),
    replacedAt: now,
  };
  const versionId = await db.versions.add(row);
  const keys = await ofClip(db, clip.id).primaryKeys();
  if (keys.length > limit) await db.versions.bulkDelete(keys.slice(0, keys.length - limit));
  return versionId!;
}

/** What a restore did, so it can be undone. */
export type Restored = { clip: StoredClip; previous: StoredClip; keptVersionId: number };

/**
 * Makes an earlier version the clip's current content (undoable): the current one is kept as a version
 * first, so nothing is lost. The slug, tags and the user's other fields stay.
 */
export async function restoreVersion(
  db: ClipDatabase,
  clipId: number,
  versionId: number,
  limit: number = DEFAULT_VERSION_LIMIT,
  now: string = toIsoUtc(Date.now()),
): Promise<Restored> {
  try {
    return await db.transaction('rw', clipTables(db), async () => {
      const [row, body, version] = await Promise.all([
        db.clips.get(clipId),
        db.bodies.get(clipId),
        db.versions.get(versionId),
      ]);
      if (!row || !version || version.clipId !== clipId)
        throw new StoreError(t('storeNotFound'), 'not-found');
      const previous: StoredClip = { ...row, markdown: body?.markdown ?? '' };
      const keptVersionId = await keepVersion(db, previous, now, limit);
      const { pubDay: _day, wordCount: _words, ...rest } = previous;
      const clip = await writeClip(db, { ...rest, ...versionContent(version), updatedAt: now }, clipId);
      return { clip, previous, keptVersionId };
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Undoes a restore: the clip as it was, and the version the restore kept of it gone again. */
export async function undoRestore(db: ClipDatabase, restored: Restored): Promise<void> {
  try {
    await db.transaction('rw', clipTables(db), async () => {
      await writeClip(db, restored.previous, restored.previous.id);
      await db.versions.delete(restored.keptVersionId);
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Deletes the versions of clips that are neither in the library nor in the trash (deleted for good). */
export async function dropOrphanVersions(db: ClipDatabase): Promise<void> {
  const owners = await db.versions.orderBy('clipId').uniqueKeys();
  const live = new Set(await db.clips.toCollection().primaryKeys());
  for (const row of await db.trash.toArray()) live.add(row.clip.id);
  const gone = owners.filter((id) => !live.has(id as number));
  if (gone.length) await db.versions.where('clipId').anyOf(gone).delete();
}

/**
 * How many versions are kept and how much text they hold (characters, about bytes of UTF-8 for most news
 * text). The disk holds less: the browser's IndexedDB compresses it (bench:ui prints both).
 */
export async function versionStorage(db: ClipDatabase): Promise<{ count: number; bytes: number }> {
  let count = 0;
  let bytes = 0;
  await db.versions.each((row) => {
    count += 1;
    bytes += row.markdown.length + row.title.length + row.description.length + row.author.length;
  });
  return { count, bytes };
}
