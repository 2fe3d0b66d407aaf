import { z } from 'zod';
import type { Clip } from '../../clip-schema';
import { isoUtc } from '../../clip-schema';
import type { ExportOptions } from '../export-options';

/**
 * AstroPaper's blog frontmatter, in the order of its example post, plus canonicalURL and ogImage which
 * its content schema also accepts. Dates are ISO strings here and are written as plain YAML timestamps.
 */
export const astroPaperFrontmatterSchema = z.object({
  author: z.string(),
  pubDatetime: isoUtc,
  modDatetime: isoUtc.nullable(),
  title: z.string().min(1),
  slug: z.string().min(1),
  featured: z.boolean(),
  draft: z.boolean(),
  tags: z.array(z.string()).min(1),
  description: z.string(),
  canonicalURL: z.string().url().optional(),
  ogImage: z.string().url().optional(),
});
export type AstroPaperFrontmatter = z.infer<typeof astroPaperFrontmatterSchema>;

export const astroPaperDateKeys = ['pubDatetime', 'modDatetime'] as const;

export function toAstroPaperFrontmatter(clip: Clip, options: ExportOptions): AstroPaperFrontmatter {
  return astroPaperFrontmatterSchema.parse({
    author: clip.author || options.defaultAuthor || clip.siteName,
    pubDatetime: clip.pubDatetime,
    modDatetime: clip.modDatetime,
    title: clip.title,
    slug: clip.slug,
    featured: clip.featured,
    draft: clip.draft,
    // AstroPaper's schema defaults an empty tag list to ["others"]; write it so the file says what it means.
    tags: clip.tags.length ? clip.tags : ['others'],
    description: clip.description,
    canonicalURL: clip.canonicalURL,
    ...(clip.ogImage ? { ogImage: clip.ogImage } : {}),
  });
}
