import { z } from 'zod';
import { FIELD_SOURCES, type MetadataField } from './source-registry';

const from = <F extends MetadataField>(field: F) => z.enum(FIELD_SOURCES[field]).optional();

/** Each field's source, named as in the registry (source-registry.ts). */
export const metadataSourcesSchema = z.object({
  title: from('title'),
  author: from('author'),
  pubDatetime: from('pubDatetime'),
  modDatetime: from('modDatetime'),
  description: from('description'),
  tags: from('tags'),
  canonicalURL: from('canonicalURL'),
  ogImage: from('ogImage'),
  lang: from('lang'),
  siteName: from('siteName'),
});
export type MetadataSources = z.infer<typeof metadataSourcesSchema>;

/** Metadata read from a page, each value with the name of the source it came from (`sources[field]`). */
export const pageMetadataSchema = z.object({
  title: z.string(),
  author: z.string(),
  /** ISO-8601 UTC ("2024-01-26T12:13:24Z"), or null when the page states no date. */
  pubDatetime: z.string().nullable(),
  /**
   * The calendar day of `pubDatetime` in the zone the page stated it in: "…T00:30:00+01:00" is the 7th,
   * though 23:30 UTC on the 6th. Null exactly when `pubDatetime` is.
   */
  pubDay: z.string().nullable(),
  modDatetime: z.string().nullable(),
  description: z.string(),
  /** The page's keywords: suggestions for the user's tags (utils/tags/tag-candidates.ts), never tags as such. */
  tags: z.array(z.string()),
  /** Section names (articleSection, article:section, breadcrumbs …): not topics, never suggested. */
  sections: z.array(z.string()).optional(),
  /** Every name the site goes by in the page's sources: not topics, never suggested. */
  siteNames: z.array(z.string()).optional(),
  canonicalURL: z.string(),
  ogImage: z.string().nullable(),
  lang: z.string(),
  siteName: z.string(),
  sources: metadataSourcesSchema,
});
export type PageMetadata = z.infer<typeof pageMetadataSchema>;

/** Readability's own fields, used last in the priority order. */
export const readabilityFieldsSchema = z.object({
  title: z.string().nullish(),
  byline: z.string().nullish(),
  excerpt: z.string().nullish(),
  publishedTime: z.string().nullish(),
  siteName: z.string().nullish(),
  lang: z.string().nullish(),
  /** Plain text of the article, for a description when the page has none. */
  textContent: z.string().nullish(),
});
export type ReadabilityFields = z.infer<typeof readabilityFieldsSchema>;
