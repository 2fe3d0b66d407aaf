import type { PageMetadata, ReadabilityFields } from './page-metadata-schema';
import { collapse } from '../text/collapse';
import { hostOf } from './host-of';
import { trimSeparators } from './trim-separators';
import { splitByline } from './byline';
import { isUrl, joinAuthors } from './author-list';
import { parseStatedDate, toUtc } from './parse-date';
import { cleanTitle } from './clean-title';
import { describe, truncateText } from './describe';
import { offer, worthReading } from './offer-candidate';
import type { Candidate } from './resolve-field';
import { isWeakAuthor } from './pick-author';

/**
 * Offers Readability's own fields (source "readability") to the resolver: they fill what the page's metadata
 * left empty, and replace values from last-resort sources (the `<title>`, the address, a publisher as the
 * author) as the registry's order says.
 */
export function withReadabilityFallbacks(
  meta: PageMetadata,
  fields: ReadabilityFields,
  pageUrl = meta.canonicalURL,
): PageMetadata {
  let next = meta;
  const title = collapse(fields.title);
  if (title && worthReading(next, 'title', 'readability', pageUrl)) {
    const cleaned = cleanTitle(title, {
      siteName: meta.siteName || fields.siteName || undefined,
      host: hostOf(meta.canonicalURL),
    });
    next = offer(
      next,
      'title',
      { value: trimSeparators(cleaned), source: 'readability', standing: 'plain' },
      pageUrl,
    );
  }
  const byline = joinAuthors(fields.byline && !isUrl(fields.byline) ? splitByline(fields.byline) : []);
  // Readability takes any "byline"-classed line: a date ("Jun 18th 2018") there is no name.
  const standing = /\d/.test(byline)
    ? 'rejected'
    : isWeakAuthor(byline, meta.siteName, hostOf(pageUrl))
      ? 'fallback'
      : 'plain';
  const author: Candidate<'author'> = { value: byline, source: 'readability', standing };
  next = offer(next, 'author', author, pageUrl);
  const published = parseStatedDate(fields.publishedTime);
  if (published) {
    const date: Candidate<'pubDatetime'> = { value: published, source: 'readability', standing: 'plain' };
    next = offer(next, 'pubDatetime', date, pageUrl, (m, value) => {
      m.pubDatetime = toUtc(value);
      m.pubDay = value.slice(0, 10);
    });
  }
  if (worthReading(next, 'description', 'readability', pageUrl)) {
    // Readability's excerpt is the first paragraph when the page has no description: shorten it like text.
    const excerpt = fields.excerpt ? truncateText(fields.excerpt) : undefined;
    const value = describe(excerpt, fields.textContent);
    const source = fields.excerpt?.trim() ? 'readability' : 'text';
    next = offer(next, 'description', value ? { value, source, standing: 'plain' } : undefined, pageUrl);
  }
  for (const field of ['siteName', 'lang'] as const) {
    const value = collapse(fields[field]);
    next = offer(next, field, { value, source: 'readability', standing: 'plain' }, pageUrl);
  }
  return next;
}
