import type { ClipDatabase } from '../db/clip-db';
import type { ImportPlan } from './import-plan';

/** A canonical URL the import would store twice: already in the database, or in several imported files. */
export type ImportConflict = {
  canonicalURL: string;
  /** The imported title (of the first file with this URL). */
  title: string;
  /** The imported files with this URL, in plan order. */
  files: string[];
  /** A stored clip has this URL. */
  exists: boolean;
};

/** The conflicts of a plan, one per URL, in plan order; each needs a decision for `applyImport`. */
export function findConflicts(plan: ImportPlan, existingCanonicalURLs: Iterable<string>): ImportConflict[] {
  const existing = new Set(existingCanonicalURLs);
  const byUrl = new Map<string, ImportConflict>();
  plan.ready.forEach((clip, i) => {
    const file = plan.readyFiles[i] ?? '';
    const seen = byUrl.get(clip.canonicalURL);
    if (seen) seen.files.push(file);
    else
      byUrl.set(clip.canonicalURL, {
        canonicalURL: clip.canonicalURL,
        title: clip.title,
        files: [file],
        exists: existing.has(clip.canonicalURL),
      });
  });
  return [...byUrl.values()].filter((c) => c.exists || c.files.length > 1);
}

/** The canonical URLs of every stored clip (from the unique index, without loading clips). */
export async function storedCanonicalURLs(db: ClipDatabase): Promise<string[]> {
  return (await db.clips.orderBy('canonicalURL').keys()).map(String);
}
