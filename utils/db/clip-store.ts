import type { Clip, ClipEdit, Extraction, StoredClip, StoredSummary } from '../clip-schema';
import { clipEditSchema, clipSchema, extractionSchema } from '../clip-schema';
import { mergeReclip, newClipFromExtraction } from '../clip/extraction-to-clip';
import { normalizeTitle } from '../clip/normalize-title';
import { toIsoUtc } from '../format-datetime';
import type { Settings } from '../settings-schema';
import { slugify } from '../slugify';
import { normalizeTag } from '../tags/normalize-tag';
import { clipTables, type ClipDatabase } from './clip-db';
import { clipTerms } from './clip-search-words';
import { deleteClipWords, putClipWords } from './clip-words';
import { librarySlug } from './library-slug';
import { t } from '../i18n/t';
import { StoreError, toStoreError } from './store-error';
import { adjustTagCounts } from './tag-counts';

export type SaveResult = { status: 'saved' | 'updated'; clip: StoredClip };

/**
 * Splits a clip over its tables (row, body, search words and posting rows) and writes them, with the tag
 * counts. Call inside a transaction over `clipTables(db)`.
 */
async function writeClip(db: ClipDatabase, clip: Clip, id?: number): Promise<StoredClip> {
  const { markdown, ...summary } = clip;
  const previous = id === undefined ? undefined : await db.clips.get(id);
  const rowId =
    id === undefined
      ? await db.clips.add(summary as StoredSummary)
      : (await db.clips.put({ ...summary, id }), id);
  await adjustTagCounts(db, previous ? [previous.tags] : [], [summary.tags]);
  await db.bodies.put({ id: rowId, markdown });
  const { terms, tagTerms } = clipTerms(rowId, summary, markdown);
  await putClipWords(db, [terms]);
  await db.tagTerms.put(tagTerms);
  return { ...clip, id: rowId };
}

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
      const row = await db.clips.where('canonicalURL').equals(extraction.canonicalURL).first();
      if (row) {
        const existing = { ...row, markdown: (await db.bodies.get(row.id))?.markdown ?? '' };
        const merged = mergeReclip(existing, extraction, now);
        return { status: 'updated' as const, clip: await writeClip(db, merged, row.id) };
      }
      const clip = newClipFromExtraction(extraction, settings, now);
      clip.slug = await librarySlug(db, clip.slug);
      return { status: 'saved' as const, clip: await writeClip(db, clip) };
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
        next.slug = await librarySlug(db, slugify(next.title), id);
      }
      if (changes.tags) next.tags = [...new Set(changes.tags.map(normalizeTag).filter(Boolean))];
      const edited = new Set(existing.edited);
      for (const key of Object.keys(changes) as (keyof ClipEdit)[]) edited.add(key);
      next.edited = [...edited].sort();
      return writeClip(db, clipSchema.parse(next), id);
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Deletes a clip and returns it whole, so the caller can offer undo. */
export async function deleteClip(db: ClipDatabase, id: number): Promise<StoredClip> {
  try {
    return await db.transaction('rw', clipTables(db), async () => {
      const existing = await getClip(db, id);
      if (!existing) throw new StoreError(t('storeNotFound'), 'not-found');
      await Promise.all([
        db.clips.delete(id),
        db.bodies.delete(id),
        deleteClipWords(db, [id]),
        db.tagTerms.delete(id),
      ]);
      await adjustTagCounts(db, [existing.tags], []);
      return existing;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Undo of a delete: puts the clip back with its id (fails clearly if its URL was clipped again meanwhile). */
export async function restoreClip(db: ClipDatabase, clip: StoredClip): Promise<void> {
  try {
    const valid = clipSchema.parse(clip);
    await db.transaction('rw', clipTables(db), async () => {
      if (await db.clips.where('canonicalURL').equals(valid.canonicalURL).count()) {
        throw new StoreError(t('storeClippedAgain'), 'validation');
      }
      // Another clip may have taken its slug since it was deleted.
      await writeClip(db, { ...valid, slug: await librarySlug(db, valid.slug, clip.id) }, clip.id);
    });
  } catch (error) {
    throw toStoreError(error);
  }
}
