import type { PageMetadata } from './page-metadata-schema';
import { bylineOfLine } from './byline';
import { joinAuthors } from './author-list';
import { boundedText } from './bounded-text';
import { dateOf } from './date-text';
import { toUtc } from './parse-date';
import { hostOf } from './extract-metadata';
import { isWeakAuthor } from './pick-author';
import { boldCreditNames } from './credit-line';

/**
 * The byline and date printed at the top of the article itself, read from the extracted article when the
 * page's metadata and headline gave none (or only the publisher as the author): pages whose headline the
 * metadata readers could not find (an `<h6>` title, a page title that names only the section) still print
 * "Von Leonora Holling" and "(21. November 2022) Energieverbraucher erhalten …" above or at the start of the
 * story. Only the blocks before the story is under way count: a name or a date further down is content.
 */

/** Blocks looked at from the top, and blocks of story text (too long for a line) that end the search. */
const MAX_BLOCKS = 8;
const MAX_STORY_BLOCKS = 2;
const BLOCK = /^(?:P|DIV|ARTICLE|SECTION|MAIN|HEADER|H[1-6]|SPAN|EM|STRONG|SMALL|ADDRESS|TIME|LI)$/;
/** A block with more text than this is the story's (a date may still open it); shorter ones are lines. */
const MAX_LINE = 120;

interface TopLines {
  date: string | null;
  names: string[];
}

function readTop(container: Element): TopLines {
  const found: TopLines = { date: null, names: [] };
  let blocks = 0;
  let story = 0;
  const visit = (el: Element): boolean => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (blocks >= MAX_BLOCKS || story >= MAX_STORY_BLOCKS) return true;
      if (!BLOCK.test(child.nodeName)) continue;
      // Wrappers are looked into; a leaf block (no block inside) is one line.
      if (child.querySelector('p, div, h1, h2, h3, h4, h5, h6, li')) {
        if (visit(child)) return true;
        continue;
      }
      blocks++;
      found.date ??= dateOf(child);
      const line = boundedText(child, MAX_LINE, 0);
      if (line === null) {
        story++;
        continue;
      }
      if (!found.names.length) found.names = bylineOfLine(line);
      // A bold line of names before the story ("**Mathatisi Sebusi/Mohalenyane Phakela**") credits it.
      if (!found.names.length && !story) found.names = boldCreditNames(child) ?? [];
    }
    return false;
  };
  visit(container);
  return found;
}

/**
 * Fills the date, and an author that is missing or only the publisher (the site's name, a company…), from the
 * top of the extracted article; sources "article-text" and "article-byline".
 */
export function withArticleTop(meta: PageMetadata, container: Element, pageUrl: string): PageMetadata {
  const isPublisher = (name: string) => isWeakAuthor(name, meta.siteName, hostOf(pageUrl));
  const needDate = !meta.pubDatetime;
  const needAuthor = !meta.author || isPublisher(meta.author);
  if (!needDate && !needAuthor) return meta;
  const top = readTop(container);
  const next: PageMetadata = { ...meta, sources: { ...meta.sources } };
  if (needDate && top.date) {
    next.pubDatetime = toUtc(top.date);
    next.pubDay = top.date.slice(0, 10);
    next.sources.pubDatetime = 'article-text';
  }
  const author = joinAuthors(top.names);
  if (needAuthor && author && !isPublisher(author)) {
    next.author = author;
    next.sources.author = 'article-byline';
  }
  return next;
}
