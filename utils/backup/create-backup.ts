import { getClips } from '../db/clip-store';
import type { ClipDatabase } from '../db/clip-db';
import { toIsoUtc } from '../format-datetime';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupSchema,
  type Backup,
  type BackupVersion,
} from './backup-schema';

/** Every clip with every field, in id order. Reads in one transaction, so the backup is consistent. */
export async function createBackup(db: ClipDatabase, now: string = toIsoUtc(Date.now())): Promise<Backup> {
  const ids = (await db.clips.toCollection().primaryKeys()).sort((a, b) => a - b);
  return db.transaction('r', db.clips, db.bodies, db.versions, async () => {
    const clips = await getClips(db, ids);
    const history = await versionsByClip(db);
    // A stored record that no longer validates is still backed up as it is: restore reports it by index.
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      clips: clips.map((clip) => {
        const versions = history.get(clip.id);
        return versions ? { ...clip, versions } : clip;
      }),
    } satisfies Backup;
  });
}

/** Every clip's earlier versions, oldest first, without their database ids. */
async function versionsByClip(db: ClipDatabase): Promise<Map<number, BackupVersion[]>> {
  const out = new Map<number, BackupVersion[]>();
  for (const { versionId: _id, clipId, ...version } of await db.versions
    .orderBy('[clipId+clippedAt]')
    .toArray())
    out.set(clipId, [...(out.get(clipId) ?? []), version]);
  return out;
}

/** The backup as a JSON file's text: indented, fields in schema order, newline at the end. */
export function backupToJson(backup: Backup): string {
  const ordered = backupSchema.safeParse(backup);
  return `${JSON.stringify(ordered.success ? ordered.data : backup, null, 2)}\n`;
}

/** `newsclip-backup-2026-03-20.json`. */
export function backupFilename(now: string = toIsoUtc(Date.now())): string {
  return `newsclip-backup-${now.slice(0, 10)}.json`;
}
