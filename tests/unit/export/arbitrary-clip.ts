import fc from 'fast-check';
import { clipSchema, type Clip } from '../../../utils/clip-schema';
import { toIsoUtc } from '../../../utils/format-datetime';
import { slugify } from '../../../utils/slugify';
import { normalizeTag } from '../../../utils/tags/normalize-tag';

/** Pieces YAML, Markdown and file systems treat specially, mixed into arbitrary Unicode text. */
const tricky = fc.constantFrom(
  '"',
  "'",
  ':',
  ': ',
  '#',
  ' #',
  '---',
  '...',
  '- ',
  '&',
  '*',
  '!',
  '%',
  '@',
  '|',
  '>',
  '[',
  '{',
  '`',
  '\\',
  '\n',
  '\t',
  '\r\n',
  ' ',
  'yes',
  'null',
  '2024-01-01',
  '0755',
  '😀',
  '👩‍👩‍👧',
  '中国将加快',
  'مرحبا',
  'שלום',
  '\u200f',
  'Ω',
);

export const arbitraryText = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 6 }), tricky), { maxLength: 8 })
  .map((parts) => parts.join(''));

const instant = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .chain((d) => fc.constantFrom(toIsoUtc(d), d.toISOString()));

const httpUrl = fc
  .webUrl({ withQueryParameters: true, withFragments: true })
  .filter((u) => clipSchema.shape.canonicalURL.safeParse(u).success);

/** A valid stored clip with arbitrary text in every text field. */
export const arbitraryClip: fc.Arbitrary<Clip> = fc
  .record({
    kind: fc.constantFrom('article' as const, 'selection' as const),
    url: httpUrl,
    canonicalURL: httpUrl,
    title: arbitraryText.filter((t) => t.trim().length > 0),
    author: arbitraryText,
    description: arbitraryText,
    slug: arbitraryText.map((t) => slugify(t)),
    pubDatetime: instant,
    pubDatetimeIsClipTime: fc.boolean(),
    modDatetime: fc.option(instant, { nil: null }),
    featured: fc.boolean(),
    draft: fc.boolean(),
    // Tags as the app stores them (normalized), still with quotes, colons, emoji, CJK, RTL …
    tags: fc.uniqueArray(
      arbitraryText.map(normalizeTag).filter((t) => t.length > 0 && t.length < 90),
      { maxLength: 5 },
    ),
    ogImage: fc.option(httpUrl, { nil: null }),
    siteName: arbitraryText,
    lang: fc.constantFrom('en', 'zh-CN', 'ar', ''),
    markdown: fc.array(arbitraryText, { maxLength: 5 }).map((lines) => lines.join('\n')),
    sources: fc.dictionary(fc.constantFrom('title', 'author', 'pubDatetime'), arbitraryText),
    edited: fc.subarray(['author', 'description', 'draft', 'tags', 'title'] as const),
    savedAt: instant,
    updatedAt: instant,
  })
  // The day the page stated: absent (older clips), or the UTC day or one either side of it.
  .chain((clip) =>
    fc.option(fc.constantFrom(-1, 0, 1), { nil: undefined }).map((shift) => {
      if (shift === undefined) return clip;
      const day = Date.parse(clip.pubDatetime.slice(0, 10)) + shift * 86_400_000;
      return { ...clip, pubDay: new Date(day).toISOString().slice(0, 10) };
    }),
  )
  .map((clip) => clipSchema.parse(clip));
