import { z } from 'zod';
import { clipSchema, isoUtc } from '../clip-schema';

/** What a version of a story holds: what the page said, as the clip stored it then. */
export const versionContentSchema = clipSchema.pick({
  title: true,
  description: true,
  author: true,
  pubDatetime: true,
  pubDay: true,
  modDatetime: true,
  markdown: true,
  wordCount: true,
});
export type VersionContent = z.infer<typeof versionContentSchema>;

/**
 * An earlier version of a clip, kept when a re-clip (or a restore) replaced it: `clippedAt` is when this
 * content was clipped, `replacedAt` when it stopped being the clip's.
 */
export const versionSchema = versionContentSchema.extend({
  versionId: z.number().int().positive().optional(),
  clipId: z.number().int().positive(),
  clippedAt: isoUtc,
  replacedAt: isoUtc,
});
export type ClipVersion = z.infer<typeof versionSchema>;
export type StoredVersion = ClipVersion & { versionId: number };
