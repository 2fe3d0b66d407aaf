import { z } from 'zod';
import { clipSchema, isoUtc } from '../clip-schema';
import { backupVersionSchema } from '../backup/backup-schema';
import { userTemplateSchema } from '../templates/user-template';

/** Something about one file of an import; `line` is 1-based in that file when known. */
export const importIssueSchema = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

/**
 * What an import would do, before anything is written: the clips ready to store (valid clips), the file
 * each came from (same index), what was repaired or guessed (warnings) and the files that could not be
 * read (errors). A broken file never keeps the others out.
 */
export const importPlanSchema = z.object({
  ready: z.array(clipSchema),
  readyFiles: z.array(z.string()),
  warnings: z.array(importIssueSchema),
  errors: z.array(importIssueSchema),
  /** Earlier versions of backed-up clips, by canonical URL: stored with the clip that takes that URL. */
  history: z.record(z.string(), z.array(backupVersionSchema)).optional(),
});
export type ImportPlan = z.infer<typeof importPlanSchema>;

/** A file the user picked: `.md`, `.zip` (of `.md` files, any depth) or a Newsclip backup `.json`. */
export type ImportFile = { name: string; data: Uint8Array | string };

export const importOptionsSchema = z.object({
  /** The import time (ISO UTC), used for savedAt/updatedAt and a missing published time. */
  now: isoUtc.optional(),
  /** The attribution template used when the files were exported, to recognize their source line. */
  attributionTemplate: z.string().optional(),
  /** The user's template: posts it wrote are read back by its keys (see `profileOfPost`). */
  template: userTemplateSchema.optional(),
});
export type ImportOptions = z.infer<typeof importOptionsSchema>;
