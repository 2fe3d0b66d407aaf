import { z } from 'zod';
import { t } from './i18n/t';
import './i18n/zod-messages';

/** ISO-8601 instant in UTC ("2024-01-26T12:13:24Z"), the form every date in a clip is stored in. */
export const isoUtc = z.iso.datetime({ offset: false });

const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), { error: () => t('valHttpUrl') });

/** A calendar date "YYYY-MM-DD". */
const isoDay = z.iso.date();

/** Days between a stated day and a UTC instant's date: a zone moves a date by at most one. */
const dayGap = (day: string, instant: string) =>
  Math.abs(Date.parse(day) - Date.parse(instant.slice(0, 10))) / 86_400_000;

/** Where an extracted value came from (shown to the user in the review view). */
export const metadataSourcesSchema = z.record(z.string(), z.string());

/**
 * What the extraction script returns from a page. Validated in the background before anything is stored:
 * the page is untrusted, so is this object.
 */
export const extractionSchema = z
  .object({
    kind: z.enum(['article', 'selection']),
    url: httpUrl,
    canonicalURL: httpUrl,
    /** A canonical URL the page named on another site: kept, never the clip's identity (see site-identity). */
    claimedCanonicalURL: httpUrl.optional(),
    title: z.string().min(1).max(1000),
    author: z.string().max(500),
    description: z.string().max(2000),
    pubDatetime: isoUtc.nullable(),
    /** The calendar day of `pubDatetime` in the zone the page stated it in. */
    pubDay: isoDay.nullable(),
    modDatetime: isoUtc.nullable(),
    /** The page's keywords: what tag suggestions are made from (utils/tags/tag-candidates.ts). */
    tags: z.array(z.string().min(1).max(100)).max(50),
    /** The page's section names and the site's names, which are never suggested; absent from older callers. */
    sections: z.array(z.string().max(300)).max(30).optional(),
    siteNames: z.array(z.string().max(300)).max(10).optional(),
    ogImage: httpUrl.nullable(),
    siteName: z.string().max(300),
    lang: z.string().max(50),
    markdown: z.string().min(1),
    /** Words in the extracted text (CJK characters one each); absent from older callers. */
    wordCount: z.number().int().nonnegative().optional(),
    sources: metadataSourcesSchema,
  })
  .refine(
    (x) =>
      x.pubDatetime === null ? x.pubDay === null : x.pubDay === null || dayGap(x.pubDay, x.pubDatetime) <= 1,
    { message: 'pubDay must be the published time’s day in some time zone', path: ['pubDay'] },
  );
export type Extraction = z.infer<typeof extractionSchema>;

/** A stored clip. `canonicalURL` is unique: clipping it again updates the clip in place. */
export const clipSchema = z.object({
  id: z.number().int().positive().optional(),
  kind: z.enum(['article', 'selection']),
  url: httpUrl,
  canonicalURL: httpUrl,
  /** The canonical URL the page claimed on another site; `canonicalURL` is then the page's own. */
  claimedCanonicalURL: httpUrl.optional(),
  title: z
    .string()
    .trim()
    .min(1, { error: () => t('valTitleRequired') })
    .max(1000),
  author: z.string().max(500),
  description: z.string().max(2000),
  slug: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+)*$/u, {
      error: () => t('valSlug'),
    }),
  /** The article's published time; the clip time when the page has none (then `pubDatetimeIsClipTime`). */
  pubDatetime: isoUtc,
  pubDatetimeIsClipTime: z.boolean(),
  /**
   * The published day as the page states it ("…T00:30+01:00" → the 7th, though 23:30 UTC on the 6th): file
   * names and the source line use it. Absent for clips saved before it existed, imports and undated pages.
   */
  pubDay: isoDay.optional(),
  modDatetime: isoUtc.nullable(),
  featured: z.boolean(),
  draft: z.boolean(),
  tags: z.array(z.string().trim().min(1).max(100)).max(50),
  /**
   * The page's keywords that could be tags (site, section and generic names left out), in the page's order:
   * shown as suggestions the user accepts with a click. Absent on clips saved before suggestions existed
   * (their keywords became their tags) and when suggestions are off.
   */
  tagSuggestions: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  ogImage: httpUrl.nullable(),
  siteName: z.string().max(300),
  lang: z.string().max(50),
  markdown: z.string(),
  /** Words in the text as clipped (not updated by edits); absent on clips saved before it existed. */
  wordCount: z.number().int().nonnegative().optional(),
  sources: metadataSourcesSchema,
  /** Fields the user changed by hand; a re-clip keeps them. */
  edited: z.array(
    z.enum([
      'title',
      'description',
      'tags',
      'draft',
      'author',
      'featured',
      'markdown',
      'pubDatetime',
      'modDatetime',
      'slug',
      'canonicalURL',
      'ogImage',
    ]),
  ),
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
  // Set together: the instant (UTC) and the day as the user stated it, in their zone.
  pubDatetime: true,
  pubDay: true,
  modDatetime: true,
  slug: true,
  // The clip's identity: a re-clip finds the clip by it (utils/db/clip-store.ts).
  canonicalURL: true,
  ogImage: true,
});
export type ClipEdit = z.infer<typeof clipEditSchema>;
