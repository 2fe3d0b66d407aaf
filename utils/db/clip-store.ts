import type { ClipEdit, Extraction, StoredClip } from '../clip-schema';
import { clipEditSchema, clipSchema, extractionSchema } from '../clip-schema';
import { mergeReclip, newClipFromExtraction } from '../clip/extraction-to-clip';
import { normalizeTitle } from '../clip/normalize-title';
import { toIsoUtc } from '../format-datetime';
import type { Settings } from '../settings-schema';
import { slugify } from '../slugify';
import { normalizeTag } from '../tags/normalize-tag';
import type { ClipDatabase } from './clip-db';
import { StoreError, toStoreError } from './store-error';

export type SaveResult = { status: 'saved' | 'updated'; clip: StoredClip };

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
    return await db.transaction('rw', db.clips, async () => {
      const existing = await db.clips.where('canonicalURL').equals(extraction.canonicalURL).first();
      if (existing) {
        const clip = mergeReclip(existing, extraction, now);
        await db.clips.put(clip);
        return { status: 'updated' as const, clip };
      }
      const clip = newClipFromExtraction(extraction, settings, now);
      const id = await db.clips.add(clip as StoredClip);
      return { status: 'saved' as const, clip: { ...clip, id } };
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Applies the user's edits (validated) and remembers which fields they changed by hand. */
export async function updateClip(db: ClipDatabase, id: number, edit: Partial<ClipEdit>): Promise<StoredClip> {
  try {
    const changes = clipEditSchema.partial().parse(edit);
    return await db.transaction('rw', db.clips, async () => {
      const existing = await db.clips.get(id);
      if (!existing) throw new StoreError('That clip no longer exists.', 'not-found');
      const next: StoredClip = { ...existing, ...changes, updatedAt: toIsoUtc(Date.now()) };
      if (changes.title !== undefined) {
        next.title = normalizeTitle(changes.title);
        next.slug = slugify(next.title);
      }
      if (changes.tags) next.tags = [...new Set(changes.tags.map(normalizeTag).filter(Boolean))];
      const edited = new Set(existing.edited);
      for (const key of Object.keys(changes) as (keyof ClipEdit)[]) edited.add(key);
      next.edited = [...edited].sort();
      const valid = { ...clipSchema.parse(next), id };
      await db.clips.put(valid);
      return valid;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Deletes a clip and returns it, so the caller can offer undo. */
export async function deleteClip(db: ClipDatabase, id: number): Promise<StoredClip> {
  try {
    return await db.transaction('rw', db.clips, async () => {
      const existing = await db.clips.get(id);
      if (!existing) throw new StoreError('That clip no longer exists.', 'not-found');
      await db.clips.delete(id);
      return existing;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Undo of a delete: puts the clip back with its id, unless its URL was clipped again meanwhile. */
export async function restoreClip(db: ClipDatabase, clip: StoredClip): Promise<void> {
  try {
    const valid = { ...clipSchema.parse(clip), id: clip.id };
    await db.clips.add(valid);
  } catch (error) {
    throw toStoreError(error);
  }
}
