import { z } from 'zod';
import { defined, readDate, readList, readText } from './frontmatter-values';
import type { OutputProfile } from './profile';
import { timeOnPageDay, zonelessUtc } from './zoneless-time';

/** Obsidian's "Date & time" property format: a local time without zone (an instant's `Z` makes it text). */
const OBSIDIAN_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

/**
 * Obsidian note properties, as its Web Clipper writes them. `published` and `created` are in Obsidian's
 * date-and-time format, which has no zone: the published time is on the page's day (the file name's and the
 * source line's), both on the UTC clock (zoneless-time.ts), so a vault reads the same whoever exported it.
 */
export const obsidianFrontmatterSchema = z.object({
  title: z.string().min(1),
  source: z.string().url(),
  author: z.string().optional(),
  published: z.string().regex(OBSIDIAN_DATETIME),
  created: z.string().regex(OBSIDIAN_DATETIME),
  description: z.string(),
  tags: z.array(z.string()),
});
export type ObsidianFrontmatter = z.infer<typeof obsidianFrontmatterSchema>;

/**
 * An Obsidian tag: letters, digits, `_`, `-` and `/` (which nests tags), at least one of them not a digit
 * (Obsidian's tag rules). Spaces become hyphens ("local politics" → `local-politics`); a slash set between
 * spaces separates words ("Arts / Culture" → `Arts-Culture`), one written tight nests (`news/politics`);
 * other characters go (`lecturers'-pay` → `lecturers-pay`, `Textart: Heftarchiv` → `Textart-Heftarchiv`);
 * a number alone gets a leading `_` (`2024` is no tag, `_2024` is). A leading `#` is how tags are typed in
 * a note's text, not part of the tag. Applying it twice changes nothing.
 */
export function obsidianTag(tag: string): string {
  const tight = tag
    .trim()
    .replace(/^#+/, '')
    .replace(/\s+\/\s+/g, ' ')
    .replace(/[^\p{L}\p{M}\p{N}_/-]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/-*\/[-/]*/g, '/')
    .replace(/^[-/]+|[-/]+$/g, '');
  return /^\d+$/.test(tight) ? `_${tight}` : tight;
}

/**
 * Not carried: slug (the file name is), url, kind, modDatetime, featured, draft, ogImage, siteName (only
 * through the attribution line), lang, sources, edited, updatedAt, pubDatetimeIsClipTime. Lossy: times
 * come back as written (read as UTC: the published time moves when the page's day isn't the UTC day,
 * fractions of a second go), spaces in
 * tags come back as hyphens, a leading # is dropped, characters Obsidian refuses in a tag go (obsidianTag).
 */
export const obsidianProfile: OutputProfile = {
  id: 'obsidian',
  label: 'Obsidian',
  folder: 'Clippings/',
  dateKeys: ['published', 'created'],
  keys: ['title', 'source', 'author', 'published', 'created', 'description', 'tags', 'aliases', 'cssclasses'],
  fieldKeys: {
    title: 'title',
    canonicalURL: 'source',
    author: 'author',
    pubDatetime: 'published',
    savedAt: 'created',
    description: 'description',
    tags: 'tags',
  },
  filenamePattern: '{slug}',
  slugFromStem: (stem) => stem,
  toFrontmatter(clip, options) {
    const author = clip.author || options.defaultAuthor;
    return obsidianFrontmatterSchema.parse({
      title: clip.title,
      source: clip.canonicalURL,
      ...(author ? { author } : {}),
      published: timeOnPageDay(clip, 'T'),
      created: zonelessUtc(clip.savedAt),
      description: clip.description,
      tags: [...new Set(clip.tags.map(obsidianTag).filter(Boolean))],
    });
  },
  fromFrontmatter(fm, body) {
    // The Web Clipper writes authors as a list of links: `author: ["[[Jane Doe]]"]`.
    const author = Array.isArray(fm.author)
      ? readList(fm.author)
          .map((a) => a.replace(/^\[\[(.*)\]\]$/, '$1'))
          .join(', ')
      : readText(fm.author);
    return defined({
      title: readText(fm.title),
      canonicalURL: readText(fm.source),
      author,
      pubDatetime: readDate(fm.published),
      savedAt: readDate(fm.created),
      description: readText(fm.description),
      tags: readList(fm.tags).map(obsidianTag),
      markdown: body,
    });
  },
};
