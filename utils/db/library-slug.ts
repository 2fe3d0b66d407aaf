import { freeSlug } from '../unique-slug';
import type { ClipDatabase } from './clip-db';

/**
 * What tells whether a slug is already another stored clip's. Call inside a transaction over `db.clips`.
 * One read of the clip rows (no slug index: that needs a schema version), done only when a slug is chosen.
 */
export async function takenSlugs(db: ClipDatabase, exceptId?: number): Promise<Set<string>> {
  const rows = await db.clips.toArray();
  return new Set(rows.filter((row) => row.id !== exceptId).map((row) => row.slug.normalize('NFC')));
}

/**
 * A slug for a clip being saved that no other stored clip has: its own when free, else `-2`, `-3` …
 * (the first free), so two same-headline clips are two posts. Call inside a transaction over `db.clips`.
 */
export async function librarySlug(db: ClipDatabase, slug: string, exceptId?: number): Promise<string> {
  const taken = await takenSlugs(db, exceptId);
  return freeSlug(slug, (s) => taken.has(s));
}
