import { z } from 'zod';

/** ISO-8601 instant in UTC ("2024-01-26T12:13:24Z"), the form every date in a clip is stored in. */
export const isoUtc = z.iso.datetime({ offset: false });

const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL');

/** Where an extracted value came from (shown to the user in the review view). */
export const metadataSourcesSchema = z.record(z.string(), z.string());

/**
 * What the extraction script returns from a page. Validated in the background before anything is stored:
 * the page is untrusted, so is this object.
 */
export const extractionSchema = z.object({
  kind: z.enum(['article', 'selection']),
  url: httpUrl,
  canonicalURL: httpUrl,
  title: z.string().min(1).max(1000),
  author: z.string().max(500),
  description: z.string().max(2000),
  pubDatetime: isoUtc.nullable(),
  modDatetime: isoUtc.nullable(),
  tags: z.array(z.string().min(1).max(100)).max(50),
  ogImage: httpUrl.nullable(),
  siteName: z.string().max(300),
  lang: z.string().max(50),
  markdown: z.string().min(1),
  sources: metadataSourcesSchema,
});
export type Extraction = z.infer<typeof extractionSchema>;

/** A stored clip. `canonicalURL` is unique: clipping it again updates the clip in place. */
export const clipSchema = z.object({
  id: z.number().int().positive().optional(),
  kind: z.enum(['article', 'selection']),
  url: httpUrl,
  canonicalURL: httpUrl,
  title: z.string().trim().min(1, 'Title is required').max(1000),
  author: z.string().max(500),
  description: z.string().max(2000),
  slug: z
    .string()
    .min(1)
    .max(120)
    .regex(
      /^[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+)*$/u,
      'lowercase letters, digits and hyphens',
    ),
  /** The article's published time; the clip time when the page has none (then `pubDatetimeIsClipTime`). */
  pubDatetime: isoUtc,
  pubDatetimeIsClipTime: z.boolean(),
  modDatetime: isoUtc.nullable(),
  featured: z.boolean(),
  draft: z.boolean(),
  tags: z.array(z.string().trim().min(1).max(100)).max(50),
  ogImage: httpUrl.nullable(),
  siteName: z.string().max(300),
  lang: z.string().max(50),
  markdown: z.string(),
  sources: metadataSourcesSchema,
  /** Fields the user changed by hand; a re-clip keeps them. */
  edited: z.array(z.enum(['title', 'description', 'tags', 'draft', 'author', 'featured', 'markdown'])),
  savedAt: isoUtc,
  updatedAt: isoUtc,
});
export type Clip = z.infer<typeof clipSchema>;
export type StoredClip = Clip & { id: number };

/** A clip without its body: what lists, tag counts and filters work on. */
export const clipSummarySchema = clipSchema.omit({ markdown: true });
export type ClipSummary = z.infer<typeof clipSummarySchema>;
export type StoredSummary = ClipSummary & { id: number };

/** The fields a user edits in the review view. */
export const clipEditSchema = clipSchema.pick({
  title: true,
  description: true,
  tags: true,
  draft: true,
  author: true,
  featured: true,
  markdown: true,
});
export type ClipEdit = z.infer<typeof clipEditSchema>;
