import { z } from 'zod';
import type { Clip } from '../../clip-schema';
import { isoUtc } from '../../clip-schema';
import type { ResolvedExportOptions } from '../export-options';
import { defined, readBoolean, readDate, readFirst, readList, readText } from './frontmatter-values';
import type { OutputProfile } from './profile';

/**
 * AstroPaper's blog frontmatter, in the order of its example post, plus canonicalURL and ogImage which
 * its content schema also accepts. Dates are ISO strings here and are written as plain YAML timestamps.
 * (`timezone` is optional in AstroPaper and not written: every date here is UTC.)
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

/** AstroPaper files a post without tags under "others"; written out so the file says what it means. */
const NO_TAGS = 'others';

export function toAstroPaperFrontmatter(
  clip: Clip,
  options: Pick<ResolvedExportOptions, 'defaultAuthor'>,
): AstroPaperFrontmatter {
  return astroPaperFrontmatterSchema.parse({
    // AstroPaper shows an author on every post; the site is the best stand-in when the page names none.
    author: clip.author || options.defaultAuthor || clip.siteName,
    pubDatetime: clip.pubDatetime,
    modDatetime: clip.modDatetime,
    title: clip.title,
    slug: clip.slug,
    featured: clip.featured,
    draft: clip.draft,
    tags: clip.tags.length ? clip.tags : [NO_TAGS],
    description: clip.description,
    canonicalURL: clip.canonicalURL,
    ...(clip.ogImage ? { ogImage: clip.ogImage } : {}),
  });
}

/**
 * Not carried: url, kind, siteName (only through the attribution line), lang, sources, edited, savedAt,
 * updatedAt, pubDatetimeIsClipTime. Lossy: an empty author comes back as the name written in its place,
 * and a clip whose only tag is "others" comes back untagged.
 */
export const astroPaperProfile: OutputProfile = {
  id: 'astro-paper',
  label: 'AstroPaper (Astro)',
  folder: 'blog/',
  dateKeys: astroPaperDateKeys,
  keys: [
    'author',
    'pubDatetime',
    'modDatetime',
    'title',
    'slug',
    'postSlug',
    'featured',
    'draft',
    'tags',
    'description',
    'canonicalURL',
    'ogImage',
    'timezone',
    'hideEditPost',
  ],
  fieldKeys: {
    author: 'author',
    pubDatetime: 'pubDatetime',
    modDatetime: 'modDatetime',
    title: 'title',
    slug: 'slug',
    featured: 'featured',
    draft: 'draft',
    tags: 'tags',
    description: 'description',
    canonicalURL: 'canonicalURL',
    ogImage: 'ogImage',
  },
  filenamePattern: '{slug}',
  slugFromStem: (stem) => stem,
  toFrontmatter: toAstroPaperFrontmatter,
  fromFrontmatter(fm, body) {
    const tags = readList(fm.tags);
    return defined({
      author: readText(fm.author),
      pubDatetime: readDate(fm.pubDatetime),
      modDatetime: fm.modDatetime === null ? null : readDate(fm.modDatetime),
      title: readText(fm.title),
      // AstroPaper v4 called it postSlug.
      slug: readText(fm.slug ?? fm.postSlug),
      featured: readBoolean(fm.featured),
      draft: readBoolean(fm.draft),
      tags: tags.length === 1 && tags[0]?.trim().toLowerCase() === NO_TAGS ? [] : tags,
      description: readText(fm.description),
      canonicalURL: readText(fm.canonicalURL),
      ogImage: readFirst(fm.ogImage),
      markdown: body,
    });
  },
};

/**
 * AstroPaper v6: the same post frontmatter (title, description, pubDatetime, modDatetime, author, slug,
 * featured, draft, tags, ogImage, canonicalURL …), with the posts moved from `src/data/blog/` to
 * `src/content/posts/`. Listed after v5: a post read back is detected as v5, which parses it the same.
 */
export const astroPaper6Profile: OutputProfile = {
  ...astroPaperProfile,
  id: 'astro-paper-6',
  label: 'AstroPaper v6 (Astro)',
  folder: 'posts/',
};
