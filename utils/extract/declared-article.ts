import { all } from '../dom/find-elements';
import { textNodes } from '../dom/text-nodes';
import { collapsedLength, collapsedLengthOf } from '../text/collapse';

/**
 * Which element the page declares as its article: schema.org's `articleBody` (exactly one), else the one
 * dominant `<article>`, with enough text and few links. Chosen the same way on the live page (where an
 * oversized page has only that element judged, see judged-container) and on the extraction's copy
 * (article-container), so both sides agree on it.
 */

/** Shorter than this, a container says nothing about where the article is. */
export const MIN_TEXT = 500;
/** Link text above this share is a teaser list or a navigation block, not a body. */
const MAX_LINK_DENSITY = 0.3;
/** Pages with more `<article>`s than this are listings (teaser cards), not one story. */
const MAX_ARTICLES = 8;

const textLength = (el: Element): number => collapsedLength(el.textContent);

const linkTextLength = (el: Element): number => {
  let links = 0;
  for (const a of all(el, 'a')) links += collapsedLength(a.textContent);
  return links;
};

/**
 * The candidates not inside a `hidden` element (a preloaded next story; what the live page hides by its
 * styles is marked so): a hidden container is never the article. Too many to check: the caller gives up.
 */
const shown = (els: ArrayLike<Element>): Element[] =>
  els.length > MAX_ARTICLES ? Array.from(els) : Array.from(els).filter((el) => !el.closest('[hidden]'));

/** The biggest of several `<article>`s, only when it clearly dominates (not a list of teaser cards). */
function dominantArticle(articles: Element[]): Element | null {
  if (articles.length > MAX_ARTICLES) return null;
  if (articles.length < 2) return articles[0] ?? null;
  const sized = articles.map((el) => ({ el, length: textLength(el) })).sort((a, b) => b.length - a.length);
  const first = sized[0]!;
  const second = sized[1]!;
  // Nested articles (comments inside the story) count as part of the biggest one.
  if (!first.el.contains(second.el) && second.length * 3 > first.length) return null;
  return first.el;
}

/** `articleBodies`: elements whose `itemprop` holds `articleBody`; `articles`: the `<article>`s, in tree order. */
export function declaredArticle(
  articleBodies: ArrayLike<Element>,
  articles: ArrayLike<Element>,
): Element | null {
  const bodies = shown(articleBodies);
  const el = bodies.length === 1 ? bodies[0]! : dominantArticle(shown(articles));
  if (!el) return null;
  const links = linkTextLength(el);
  // Counted only as far as both checks need: a transcript of a megabyte is not read to its end (nor
  // copied whole by `textContent`, which cost ~15 ms a time on one, read on the live page and the copy).
  const length = collapsedLengthOf(
    textNodes(el),
    Math.max(MIN_TEXT, Math.floor(links / MAX_LINK_DENSITY) + 1),
  );
  return length < MIN_TEXT || links / length > MAX_LINK_DENSITY ? null : el;
}
