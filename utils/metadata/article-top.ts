import type { PageMetadata } from './page-metadata-schema';
import { bylineOfLine } from './byline';
import { joinAuthors } from './author-list';
import { articleTopLines } from './article-top-lines';
import { dateOf } from './date-text';
import { toUtc } from './parse-date';
import { hostOf } from './host-of';
import { isWeakAuthor } from './pick-author';
import { offer, worthReading } from './offer-candidate';
import { boldCreditNames } from './credit-line';

/**
 * The byline and date printed at the top of the article itself, read from the extracted article when the
 * page's metadata and headline gave none (or only the publisher as the author): pages whose headline the
 * metadata readers could not find (an `<h6>` title, a page title that names only the section) still print
 * "Von Leonora Holling" and "(21. November 2022) Energieverbraucher erhalten …" above or at the start of the
 * story. Only the lines before the story is under way count (article-top-lines.ts, the reader the Markdown
 * clean-up uses too): a name or a date further down is content.
 */

interface TopLines {
  date: string | null;
  names: string[];
}

function readTop(container: Element): TopLines {
  const found: TopLines = { date: null, names: [] };
  let story = 0;
  for (const line of articleTopLines(container)) {
    // A date may open the story's first paragraph ("(21. November 2022) Energieverbraucher …").
    found.date ??= dateOf(line.el);
    if (line.story) {
      story++;
      continue;
    }
    if (!found.names.length) found.names = bylineOfLine(line.text);
    // A bold line of names before the story ("**Mathatisi Sebusi/Mohalenyane Phakela**") credits it.
    if (!found.names.length && !story) found.names = boldCreditNames(line.el) ?? [];
  }
  return found;
}

/**
 * Offers the date ("article-text") and byline ("article-byline") at the top of the extracted article to the
 * resolver; read only when one could win (a field empty, or only a fallback such as the publisher).
 */
export function withArticleTop(meta: PageMetadata, container: Element, pageUrl: string): PageMetadata {
  const needDate = worthReading(meta, 'pubDatetime', 'article-text', pageUrl);
  const needAuthor = worthReading(meta, 'author', 'article-byline', pageUrl);
  if (!needDate && !needAuthor) return meta;
  const top = readTop(container);
  // A date in the story's first lines may be any date it mentions: it only fills an empty field.
  const date = top.date
    ? ({ value: top.date, source: 'article-text', standing: 'fallback' } as const)
    : undefined;
  const withDate = offer(meta, 'pubDatetime', date, pageUrl, (next, value) => {
    next.pubDatetime = toUtc(value);
    next.pubDay = value.slice(0, 10);
  });
  const author = joinAuthors(top.names);
  // The publisher's name in the story's text is a credit line, not a byline.
  const weak = isWeakAuthor(author, meta.siteName, hostOf(pageUrl));
  return offer(
    withDate,
    'author',
    { value: author, source: 'article-byline', standing: weak ? 'rejected' : 'plain' },
    pageUrl,
  );
}
