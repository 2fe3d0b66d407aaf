/**
 * Where each metadata field may come from, in priority order, as data: the one list the resolver follows
 * (resolve-field.ts), the frontmatter's `sources` names, and the README's table (generated from it, and
 * tested against it). Among candidates of the same standing, a source earlier in a field's list wins; the
 * field's judge (named below) only sets standings, from what the page prints. Readability's own fields and
 * the passes over the extracted article (`article-*`) are entries in the same lists, offered to the same
 * resolver after Readability ran (offer-candidate.ts).
 */

/** The page's metadata families, read from its tags and JSON-LD, in this priority order for every field. */
export const META_SOURCES = ['json-ld', 'og', 'dc', 'citation', 'parsely', 'sailthru', 'meta'] as const;
export type MetaSource = (typeof META_SOURCES)[number];

export const SOURCE_DESCRIPTIONS = {
  'json-ld': 'JSON-LD (the schema.org article node)',
  og: 'OpenGraph `og:*`',
  'article:published_time': 'OpenGraph `article:published_time`',
  'article:modified_time': 'OpenGraph `article:modified_time`',
  dc: 'Dublin Core (`DC.*`, `dcterms.*`)',
  citation: 'Highwire `citation_*`',
  parsely: 'Parse.ly (`parsely-*`)',
  sailthru: 'Sailthru (`sailthru.*`)',
  meta: 'other `<meta>` (`author`, `date`, `keywords`, …)',
  h1: 'the visible headline, when it agrees with a metadata title',
  'title-tag': 'the `<title>`, cleaned of the site name',
  byline: 'the byline printed near the headline',
  'page-text': 'the full name the page prints for a first name or login in the metadata',
  'time-element': '`<time>` / `itemprop` dates near the headline',
  'date-text': 'a date written as text next to the headline',
  'page-date': 'an undescribed page date (`<meta name="date">`, `DC.date`): often the build date',
  'date-label': 'a date labelled "Published", "Veröffentlicht", … in the article',
  canonical: '`<link rel="canonical">` (same site only)',
  'html-lang': '`<html lang>`',
  'article-heading': 'the extracted article’s opening heading',
  'article-byline': 'a byline line at the top of the extracted article',
  'article-text': 'a date at the top of the extracted article',
  'article-signature': 'the sign-off closing the extracted article',
  dateline: 'a news dateline’s agency ("Hamburg (dpa) – …")',
  readability: 'Readability’s own field',
  text: 'the article’s first sentences',
  url: 'the address (date in the path, title from the slug, the page URL)',
  modified: 'no publication date anywhere: the last update’s date',
  'update-label': 'no publication date anywhere: a date labelled "Updated"',
} as const;
export type SourceName = keyof typeof SOURCE_DESCRIPTIONS;

export const FIELD_SOURCES = {
  title: ['h1', ...META_SOURCES, 'title-tag', 'article-heading', 'readability', 'url'],
  author: [
    ...META_SOURCES,
    'byline',
    'page-text',
    'readability',
    'article-byline',
    'article-signature',
    'dateline',
  ],
  pubDatetime: [
    'json-ld',
    'article:published_time',
    ...META_SOURCES.slice(2),
    'time-element',
    'date-text',
    'page-date',
    'date-label',
    'readability',
    'url',
    'modified',
    'update-label',
    'article-text',
  ],
  modDatetime: ['json-ld', 'article:modified_time', ...META_SOURCES.slice(2), 'time-element'],
  description: [...META_SOURCES, 'readability', 'text'],
  tags: [...META_SOURCES],
  canonicalURL: ['canonical', 'og', 'url'],
  ogImage: [...META_SOURCES],
  lang: ['html-lang', 'og', 'json-ld', ...META_SOURCES.slice(2), 'readability'],
  siteName: [...META_SOURCES, 'readability'],
} as const satisfies Record<string, readonly SourceName[]>;
export type MetadataField = keyof typeof FIELD_SOURCES;
export type FieldSource<F extends MetadataField> = (typeof FIELD_SOURCES)[F][number];

/** The judge that sets a field's candidates' standings, where "first in the list" is not enough. */
export const FIELD_RESOLVERS: Partial<Record<MetadataField, string>> = {
  title: '`pick-title.ts`: the h1 wins when it agrees with a metadata title; site names are cut',
  author: '`read-author.ts`: a publisher, handle or name the page never prints loses to the printed byline',
  pubDatetime: '`pick-published.ts`: the day printed at the headline settles metadata that disagree',
  description: '`pick-description.ts`: a later source wins when the first is a cut copy of it',
};

/** Sources whose values are fallbacks (resolve-field.ts): any candidate that stands replaces them. */
export const LAST_RESORT: ReadonlySet<SourceName> = new Set(['title-tag', 'url', 'text', 'dateline']);

/** A field's sources as a Markdown table: the README's "Where each field comes from". */
export function formatSourceTable(): string {
  const rows = (Object.keys(FIELD_SOURCES) as MetadataField[]).map((field) => {
    const order = FIELD_SOURCES[field].map((s: SourceName) => `\`${s}\``).join(' → ');
    return `| \`${field}\` | ${order} | ${FIELD_RESOLVERS[field] ?? 'first in the list'} |`;
  });
  const legend = (Object.keys(SOURCE_DESCRIPTIONS) as SourceName[]).map(
    (s) => `| \`${s}\` | ${SOURCE_DESCRIPTIONS[s]} |`,
  );
  return [
    '| field | sources, in priority order | judged by (resolve-field.ts picks) |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '| source | what it reads |',
    '| --- | --- |',
    ...legend,
  ].join('\n');
}
