import { z } from 'zod';
import { isoUtc } from '../../clip-schema';
import { defined, readBoolean, readDate, readList, readText } from './frontmatter-values';
import { timeOnPageDay } from './zoneless-time';
import type { OutputProfile } from './profile';

/**
 * Jekyll post front matter (with the keys jekyll-seo-tag and jekyll-last-modified-at read). A draft is
 * written `published: false`, Jekyll's way of keeping a post in `_posts` unpublished. `render_with_liquid:
 * false` (Jekyll 4) keeps Liquid away from the post: a clipped article quoting `{% for %}` in its code would
 * otherwise run.
 */
export const jekyllFrontmatterSchema = z.object({
  layout: z.literal('post'),
  title: z.string().min(1),
  /** A time without zone on the file name's day, as text: Jekyll reads it in the site's zone. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
  last_modified_at: isoUtc.optional(),
  author: z.string().optional(),
  description: z.string(),
  tags: z.array(z.string()),
  canonical_url: z.string().url(),
  image: z.string().url().optional(),
  published: z.literal(false).optional(),
  render_with_liquid: z.literal(false),
});
export type JekyllFrontmatter = z.infer<typeof jekyllFrontmatterSchema>;

/** Jekyll only builds `_posts/YYYY-MM-DD-name.md`. */
const DATED_STEM = /^\d{4}-\d{2}-\d{2}-(.+)$/;

/**
 * Not carried: slug (the file name is), url, kind, featured, siteName (only through the attribution line),
 * lang, sources, edited, savedAt, updatedAt, pubDatetimeIsClipTime. Lossy: the published time comes back
 * as the time written (timeOnPageDay, read as UTC), which moves it when the page's day isn't the UTC day.
 */
export const jekyllProfile: OutputProfile = {
  id: 'jekyll',
  label: 'Jekyll',
  folder: '_posts/',
  // `date` is a time without zone Ruby must read as text (timeOnPageDay): only last_modified_at is a timestamp.
  dateKeys: ['last_modified_at'],
  keys: [
    'layout',
    'title',
    'date',
    'last_modified_at',
    'author',
    'description',
    'excerpt',
    'tags',
    'categories',
    'canonical_url',
    'image',
    'published',
    'render_with_liquid',
    'permalink',
  ],
  fieldKeys: {
    title: 'title',
    pubDatetime: 'date',
    modDatetime: 'last_modified_at',
    author: 'author',
    description: 'description',
    tags: 'tags',
    canonicalURL: 'canonical_url',
    ogImage: 'image',
    draft: 'published',
  },
  filenamePattern: '{date}-{slug}',
  slugFromStem: (stem) => DATED_STEM.exec(stem)?.[1] ?? stem,
  toFrontmatter(clip, options) {
    const author = clip.author || options.defaultAuthor;
    return jekyllFrontmatterSchema.parse({
      layout: 'post',
      title: clip.title,
      // An instant (`…Z`) lands in the site's zone, on another day than the file name's wherever the
      // zones differ (`2018-12-22-x.md` served at /2018/12/21/); Ruby's YAML would read a bare one as UTC.
      date: timeOnPageDay(clip, ' '),
      ...(clip.modDatetime ? { last_modified_at: clip.modDatetime } : {}),
      ...(author ? { author } : {}),
      description: clip.description,
      tags: clip.tags,
      canonical_url: clip.canonicalURL,
      ...(clip.ogImage ? { image: clip.ogImage } : {}),
      ...(clip.draft ? { published: false } : {}),
      render_with_liquid: false,
    });
  },
  fromFrontmatter(fm, body) {
    const published = readBoolean(fm.published);
    // jekyll-seo-tag also accepts `image: {path: …}`.
    const image = fm.image && typeof fm.image === 'object' ? (fm.image as { path?: unknown }).path : fm.image;
    return defined({
      title: readText(fm.title),
      pubDatetime: readDate(fm.date),
      modDatetime: readDate(fm.last_modified_at),
      author: readText(fm.author),
      description: readText(fm.description ?? fm.excerpt),
      tags: [...readList(fm.categories), ...readList(fm.tags)],
      canonicalURL: readText(fm.canonical_url),
      ogImage: readText(image),
      draft: published === undefined ? undefined : !published,
      markdown: body,
    });
  },
};
