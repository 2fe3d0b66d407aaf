import type { PageElements } from '../metadata/page-elements';

/**
 * The `<meta>` fields Readability reads for its title, byline, excerpt, site name and date (its
 * `_getArticleMetadata` patterns, widened): a byline it has from them stops it hunting one in the text.
 */
const READ_BY_READABILITY = /author|creator|description|published_time|pub-date|title|site_name/i;

/**
 * Removes the `<link>`s and the `<meta>`s Readability does not read, once the metadata has read them: every
 * element left is one more that Readability walks, tests and serializes (a page's head holds dozens).
 */
export function dropReadHeadTags(elements: Pick<PageElements, 'meta' | 'link'>): void {
  for (const el of elements.link) el.remove();
  for (const el of elements.meta) {
    const name = el.getAttribute('name') ?? '';
    const property = el.getAttribute('property') ?? '';
    if (!el.getAttribute('content') || !READ_BY_READABILITY.test(`${name} ${property}`)) el.remove();
  }
}
