import { z } from 'zod';
import { isoUtc } from '../../clip-schema';
import { defined, readBoolean, readDate, readFirst, readList, readText } from './frontmatter-values';
import { escapeShortcodes, unescapeShortcodes } from './hugo-shortcodes';
import type { OutputProfile } from './profile';

/**
 * Hugo front matter: built-in title, date, lastmod, draft, slug, tags, summary and images (read by its
 * Open Graph template); author and canonicalURL are page params (PaperMod and others read canonicalURL).
 */
export const hugoFrontmatterSchema = z.object({
  title: z.string().min(1),
  date: isoUtc,
  lastmod: isoUtc.optional(),
  draft: z.boolean(),
  author: z.string().optional(),
  slug: z.string().min(1),
  tags: z.array(z.string()),
  summary: z.string(),
  canonicalURL: z.string().url(),
  images: z.array(z.string().url()).optional(),
});
export type HugoFrontmatter = z.infer<typeof hugoFrontmatterSchema>;

/**
 * Not carried: url, kind, featured, siteName (only through the attribution line), lang, sources, edited,
 * savedAt, updatedAt, pubDatetimeIsClipTime.
 */
export const hugoProfile: OutputProfile = {
  id: 'hugo',
  label: 'Hugo',
  folder: 'posts/',
  dateKeys: ['date', 'lastmod'],
  keys: [
    'title',
    'date',
    'lastmod',
    'publishDate',
    'draft',
    'author',
    'slug',
    'tags',
    'summary',
    'description',
    'canonicalURL',
    'images',
  ],
  fieldKeys: {
    title: 'title',
    pubDatetime: 'date',
    modDatetime: 'lastmod',
    draft: 'draft',
    author: 'author',
    slug: 'slug',
    tags: 'tags',
    description: 'summary',
    canonicalURL: 'canonicalURL',
    ogImage: 'images',
  },
  filenamePattern: '{slug}',
  slugFromStem: (stem) => stem,
  toFrontmatter(clip, options) {
    const author = clip.author || options.defaultAuthor;
    return hugoFrontmatterSchema.parse({
      title: clip.title,
      date: clip.pubDatetime,
      ...(clip.modDatetime ? { lastmod: clip.modDatetime } : {}),
      draft: clip.draft,
      ...(author ? { author } : {}),
      slug: clip.slug,
      tags: clip.tags,
      summary: clip.description,
      canonicalURL: clip.canonicalURL,
      ...(clip.ogImage ? { images: [clip.ogImage] } : {}),
    });
  },
  exportBody: escapeShortcodes,
  fromFrontmatter(fm, body) {
    return defined({
      title: readText(fm.title),
      pubDatetime: readDate(fm.date ?? fm.publishDate),
      modDatetime: readDate(fm.lastmod),
      draft: readBoolean(fm.draft),
      author: readText(fm.author),
      slug: readText(fm.slug),
      tags: readList(fm.tags),
      description: readText(fm.summary ?? fm.description),
      canonicalURL: readText(fm.canonicalURL),
      ogImage: readFirst(fm.images),
      markdown: unescapeShortcodes(body),
    });
  },
};
