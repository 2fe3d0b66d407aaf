import { z } from 'zod';
import { clipSchema, isoUtc } from '../clip-schema';
import { versionSchema } from '../versions/version-schema';

export const BACKUP_FORMAT = 'newsclip-backup';
/** 2: clips carry their earlier versions (#14). Version 1 files (no versions) are still read. */
export const BACKUP_VERSION = 2;

/** An earlier version of a backed-up clip: its content and times (ids are the database's own). */
export const backupVersionSchema = versionSchema.omit({ versionId: true, clipId: true });
export type BackupVersion = z.infer<typeof backupVersionSchema>;

/** A clip as backed up: every stored field, its database id included, and its versions, oldest first. */
export const backupClipSchema = clipSchema.extend({
  id: z.number().int().positive(),
  versions: z.array(backupVersionSchema).optional(),
});
export type BackupClip = z.infer<typeof backupClipSchema>;

/** The whole database as one JSON document. Bump the version (and read the old one) when the shape changes. */
export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoUtc,
  clips: z.array(backupClipSchema),
});
export type Backup = z.infer<typeof backupSchema>;

/**
 * The envelope as read before the clips are checked one by one, so one bad record never hides the others.
 * A clip's id is optional on restore: a hand-made or filtered backup may leave it out.
 */
export const backupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: 'not a Newsclip backup (format is not "newsclip-backup")' }),
  version: z
    .number()
    .int()
    .positive()
    .max(BACKUP_VERSION, 'made by a newer Newsclip: update the extension to restore it'),
  exportedAt: z.string().optional(),
  clips: z.array(z.unknown()),
});
