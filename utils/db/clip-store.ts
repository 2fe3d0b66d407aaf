import type { ClipEdit, Extraction, StoredClip } from '../clip-schema';
import { clipEditSchema, clipSchema, extractionSchema } from '../clip-schema';
import { mergeReclip, newClipFromExtraction } from '../clip/extraction-to-clip';
import { normalizeTitle } from '../clip/normalize-title';
import { toIsoUtc } from '../format-datetime';
import type { Settings } from '../settings-schema';
import { slugify } from '../slugify';
import { normalizeTagList } from '../tags/normalize-tag';
import { clipTables, type ClipDatabase } from './clip-db';
import { librarySlug } from './library-slug';
import { t } from '../i18n/t';
import { StoreError, toStoreError } from './store-error';
import { moveToTrash, putBack, type TrashedClip } from './trash';
import { writeClip } from './write-clip';
import { keepVersion } from './clip-versions';
import { sameContent, summarizeChange } from '../versions/change-summary';
import type { ChangeSummary } from '../versions/change-summary-schema';

/** A save's outcome; a re-clip says what changed since the clip's last version (null: nothing). */
export type SaveResult =
  | { status: 'saved'; clip: StoredClip; sameStory?: { clipId: number; title: string } }
  | { status: 'updated'; clip: StoredClip; change: ChangeSummary | null };

/** A whole clip (row and body), or undefined. */
export async function getClip(db: ClipDatabase, id: number): Promise<StoredClip | undefined> {
  return db.transaction('r', db.clips, db.bodies, async () => {
    const [row, body] = await Promise.all([db.clips.get(id), db.bodies.get(id)]);
    return row && { ...row, markdown: body?.markdown ?? '' };
  });
}

/** Whole clips for the given ids, in that order (missing ones left out). */
export async function getClips(db: ClipDatabase, ids: readonly number[]): Promise<StoredClip[]> {
  return db.transaction('r', db.clips, db.bodies, async () => {
    const [rows, bodies] = await Promise.all([db.clips.bulkGet([...ids]), db.bodies.bulkGet([...ids])]);
    return rows.flatMap((row, i) => (row ? [{ ...row, markdown: bodies[i]?.markdown ?? '' }] : []));
  });
}

/**
 * Saves an extraction: a new clip, or an in-place update of the clip with the same canonical URL.
 * Validates before writing and runs in one transaction, so a failure leaves every stored clip as it was.
 * The text's search words are left for `indexPending` (marked in the same transaction): the clipper
 * answers first.
 */
export async function saveExtraction(
  db: ClipDatabase,
  input: unknown,
  settings: Settings,
  now: string = toIsoUtc(Date.now()),
): Promise<SaveResult> {
  try {
    const extraction: Extraction = extractionSchema.parse(input);
    return await db.transaction('rw', clipTables(db), async () => {
      // Asked at once, not one after the other: the answer waits for one round trip to the store, not three.
      const claimed = extraction.claimedCanonicalURL;
      const [row, tagKeys, original] = await Promise.all([
        db.clips.where('canonicalURL').equals(extraction.canonicalURL).first(),
        db.tagCounts.toCollection().primaryKeys(),
        claimed ? db.clips.where('canonicalURL').equals(claimed).first() : undefined,
      ]);
      if (row) {
        const existing = { ...row, markdown: (await db.bodies.get(row.id))?.markdown ?? '' };
        const merged = mergeReclip(existing, extraction, now);
        if (sameContent(existing, merged)) {
          // Nothing new on the page: no version.
          return {
            status: 'updated' as const,
            clip: await writeClip(db, merged, row.id, 'later'),
            change: null,
          };
        }
        await keepVersion(db, existing, now, settings.versionLimit);
        const change = summarizeChange(existing, merged);
        return { status: 'updated' as const, clip: await writeClip(db, merged, row.id, 'later'), change };
      }
      // The user's tags, so `apply` prefers them (the tag counts are small: one row per tag).
      const knownTags = tagKeys.filter((tag) => tag !== '');
      const clip = newClipFromExtraction(extraction, settings, now, knownTags);
      clip.slug = await librarySlug(db, clip.slug);
      // `original`: the page names another site's page as its original, and that one is stored (the same story).
      return {
        status: 'saved' as const,
        clip: await writeClip(db, clip, undefined, 'later'),
        ...(original && { sameStory: { clipId: original.id, title: original.title } }),
      };
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Applies the user's edits (validated) and remembers which fields they changed by hand. */
export async function updateClip(db: ClipDatabase, id: number, edit: Partial<ClipEdit>): Promise<StoredClip> {
  try {
    const changes = clipEditSchema.partial().parse(edit);
    return await db.transaction('rw', clipTables(db), async () => {
      const existing = await getClip(db, id);
      if (!existing) throw new StoreError(t('storeNotFound'), 'not-found');
      const next: StoredClip = { ...existing, ...changes, updatedAt: toIsoUtc(Date.now()) };
      if (changes.title !== undefined) {
        next.title = normalizeTitle(changes.title);
        // The slug follows the headline until the user sets one: a post's address they chose stays.
        if (changes.slug === undefined && !existing.edited.includes('slug'))
          next.slug = await librarySlug(db, slugify(next.title), id);
      }
      // A slug or address another clip has is refused, naming that clip (the form shows it before saving).
      if (changes.slug !== undefined && changes.slug !== existing.slug) {
        const other = await db.clips.where('slug').equals(changes.slug).first();
        if (other && other.id !== id) throw new StoreError(t('slugTaken', other.title), 'validation');
      }
      if (changes.canonicalURL !== undefined && changes.canonicalURL !== existing.canonicalURL) {
        const other = await db.clips.where('canonicalURL').equals(changes.canonicalURL).first();
        if (other && other.id !== id) throw new StoreError(t('urlTaken', other.title), 'validation');
      }
      if (changes.tags) next.tags = normalizeTagList(changes.tags);
      // A date the user gives is a stated date: no longer the clip time, and kept by a re-clip.
      if (changes.pubDatetime !== undefined) next.pubDatetimeIsClipTime = false;
      const edited = new Set(existing.edited);
      for (const key of Object.keys(changes) as (keyof ClipEdit)[])
        edited.add(key === 'pubDay' ? 'pubDatetime' : key);
      next.edited = [...edited].sort();
      return writeClip(db, clipSchema.parse(next), id);
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Moves a clip to the trash and returns it whole (with its trash row), so the caller can offer undo. */
export async function deleteClip(
  db: ClipDatabase,
  id: number,
  now: number = Date.now(),
): Promise<TrashedClip> {
  try {
    return await db.transaction('rw', clipTables(db), async () => {
      const [trashed] = await moveToTrash(db, [id], now);
      if (!trashed) throw new StoreError(t('storeNotFound'), 'not-found');
      return trashed;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/**
 * Undo of a delete: puts the clip back with its id (out of the trash, when it came from there). Fails
 * clearly, changing nothing, if its page was clipped again meanwhile.
 */
export async function restoreClip(db: ClipDatabase, clip: StoredClip & { trashId?: number }): Promise<void> {
  try {
    await db.transaction('rw', clipTables(db), async () => {
      if ((await putBack(db, clip)) === 'clash') throw new StoreError(t('storeClippedAgain'), 'validation');
      if (clip.trashId !== undefined) await db.trash.delete(clip.trashId);
    });
  } catch (error) {
    throw toStoreError(error);
  }
}
