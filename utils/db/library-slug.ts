import { fittedSlug, freeSlug } from '../unique-slug';
import type { ClipDatabase } from './clip-db';

/**
 * Every stored clip's slug but one's, for choosing many at once (an import): one read of the clip rows.
 * Call inside a transaction over `db.clips`.
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
  // Every candidate (`x`, `x-2`, a cut `x…-n`) starts with the slug's first characters: only the clips
  // whose slugs do are read, by the index, not all 10,000 rows on every save.
  const prefix = Array.from(fittedSlug(slug)).slice(0, SLUG_PREFIX_CHARS).join('');
  const rows = await db.clips.where('slug').startsWith(prefix).toArray();
  const taken = new Set(rows.filter((row) => row.id !== exceptId).map((row) => row.slug.normalize('NFC')));
  return freeSlug(slug, (s) => taken.has(s));
}

/** Fewer characters than any cut of a slug keeps (caps less the longest suffix): candidates share them. */
const SLUG_PREFIX_CHARS = 20;
