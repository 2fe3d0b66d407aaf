import { inNoiseBox, type Headline } from './find-headline';
import { collapse } from '../text/collapse';
import { noiseMemo, scopeElements, splitListAround } from './scope-elements';
import { parseInZone } from './page-zone';
import { closestWhere, firstWhere, isLink, isTag } from './element-search';
import { UPDATED_HINT } from './updated-hint';

const IS_ITEM = isTag('li');

/**
 * Dates from `<time>` (and microdata `itemprop=datePublished` elements) near the headline. Marked elements
 * (pubdate, itemprop, class "published"/"entry-date") win over plain ones; plain ones count only inside the
 * headline's container, first after the h1, so teaser lists and comment dates elsewhere are not mistaken for it;
 * a plain date in a list item that links elsewhere ("Weitere Meldungen") is a teaser's even inside it.
 */
export interface TimeDates {
  published?: string;
  modified?: string;
  /** Whether the published date is printed on the page (a `<time>`, not a `<meta itemprop>`). */
  publishedShown?: boolean;
}

const PUBLISHED_HINT = /publish|entry-date|post-date|posted|created|article-date|pubdate|date-?time|^date$/i;

function rawValue(el: Element): string {
  // Blogger and microformats put the machine date in <abbr title> and a bare time in its text.
  const title = el.tagName === 'ABBR' ? el.getAttribute('title') : null;
  return el.getAttribute('datetime') ?? el.getAttribute('content') ?? title ?? collapse(el.textContent);
}

function hint(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
}

function isPublishedMarked(el: Element): boolean {
  const h = hint(el);
  return (
    el.hasAttribute('pubdate') ||
    /datePublished/i.test(h) ||
    (PUBLISHED_HINT.test(h) && !UPDATED_HINT.test(h))
  );
}

function isModifiedMarked(el: Element): boolean {
  return /dateModified/i.test(hint(el)) || UPDATED_HINT.test(hint(el));
}

/**
 * A list item that holds a date and a link is a teaser ("Weitere Pressemitteilungen": date, other article's
 * title): its plain date is that article's, not this one's.
 */
function inTeaserItem(el: Element, scope: Element | null): boolean {
  const item = closestWhere(el, IS_ITEM);
  return !!item && (!scope || scope.contains(item)) && firstWhere(item, isLink) !== null;
}

/** Dates near the headline are among the first few: a page with thousands of `<time>`s is not read to its end. */
const MAX_CANDIDATES = 300;

/** The first element that passes the test, is outside noise boxes and parses, within the first MAX_CANDIDATES. */
function firstParsed(
  elements: readonly Element[],
  scope: Element | null,
  test: (el: Element) => boolean,
  memo?: Map<Element, Element | null>,
  zone: number | null = null,
): { value: string; el: Element } | undefined {
  let seen = 0;
  for (const el of elements) {
    if (!test(el)) continue;
    if (++seen > MAX_CANDIDATES) break;
    if (scope && inNoiseBox(el, scope, memo)) continue;
    const value = parseInZone(rawValue(el), zone);
    if (value) return { value, el };
  }
  return undefined;
}

const DATE_ITEMPROP = /(?:^|\s)date(?:Published|Modified)(?:$|\s)/;

/** `time, [itemprop~="datePublished"], [itemprop~="dateModified"]`. */
function isLocalDate(el: Element): boolean {
  if (el.localName.toLowerCase() === 'time') return true;
  const itemprop = el.getAttribute('itemprop');
  return itemprop !== null && DATE_ITEMPROP.test(itemprop);
}

/** The page-wide date elements read when none is near the headline. */
const MARKED_DATES =
  'time, [itemprop~="datePublished"], [property$="datePublished"], [property$="dateCreated"]';

/**
 * Reads published/modified dates near the headline; both stay undefined when nothing there parses.
 * `pageDates`: the page's MARKED_DATES elements, when the caller has collected them (page-elements).
 */
export function readTimeElements(
  doc: Document,
  headline: Headline,
  pageDates?: readonly Element[],
  /** The page's offset in minutes, for times it prints without one (page-zone.ts). */
  zone: number | null = null,
): TimeDates {
  const { h1, container } = headline;
  const { before, after } = container
    ? splitListAround(scopeElements(container, headline), isLocalDate, h1)
    : { before: [], after: [] };
  const local = [...before.slice().reverse(), ...after];
  const memo = noiseMemo(headline);
  const unmarked = (el: Element) => !isModifiedMarked(el) && !inTeaserItem(el, container);
  const modified = firstParsed(local, container, isModifiedMarked, memo, zone);
  let published =
    firstParsed(local, container, (el) => unmarked(el) && isPublishedMarked(el), memo, zone) ??
    firstParsed(after, container, unmarked, memo, zone) ??
    firstParsed(local, container, unmarked, memo, zone);
  if (!published) {
    // Nothing near the headline: a page-wide date that says it is the publication date still counts.
    // Explicitly marked dates only need to stay clear of comments; sidebars rarely mark theirs.
    const marked = pageDates ?? Array.from(doc.querySelectorAll(MARKED_DATES));
    published = firstParsed(
      marked,
      null,
      (el) =>
        el.tagName !== 'META' &&
        (el.tagName !== 'TIME' || isPublishedMarked(el)) &&
        !isModifiedMarked(el) &&
        !el.closest('.comment, .comments, #comments'),
      undefined,
      zone,
    );
  }
  if (!published) return { modified: modified?.value };
  return {
    published: published.value,
    modified: modified?.value,
    publishedShown: published.el.tagName !== 'META',
  };
}
