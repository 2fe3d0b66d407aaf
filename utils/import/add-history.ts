import type { BackupVersion } from '../backup/backup-schema';
import type { Clip } from '../clip-schema';
import type { ClipDatabase } from '../db/clip-db';

/**
 * Stores the earlier versions a backup carried for the clips an import wrote (added or replaced, found by
 * canonical URL; a "keep both" copy has another URL and starts without). A version the clip already has
 * (same clip time and text) is not stored twice. Call inside the import's transaction.
 */
export async function addHistory(
  db: ClipDatabase,
  history: Readonly<Record<string, readonly BackupVersion[]>>,
  written: readonly Clip[],
): Promise<void> {
  for (const clip of written) {
    const versions = history[clip.canonicalURL];
    if (!versions?.length) continue;
    const id = await db.clips.where('canonicalURL').equals(clip.canonicalURL).primaryKeys();
    const clipId = id[0];
    if (clipId === undefined) continue;
    const have = new Set(
      (await db.versions.where('clipId').equals(clipId).toArray()).map(
        (v) => `${v.clippedAt}\n${v.markdown}`,
      ),
    );
    const fresh = versions.filter((v) => !have.has(`${v.clippedAt}\n${v.markdown}`));
    if (fresh.length) await db.versions.bulkAdd(fresh.map((v) => ({ ...v, clipId })));
  }
}
