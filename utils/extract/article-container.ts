import { all, collapse, removeNode } from '../markdown/dom';

/**
 * The page's own declaration of where the article is: schema.org's `articleBody`, else the one dominant
 * `<article>`. Readability sometimes scores a sibling block higher (a signature list, an author box, a
 * header) and returns that alone; the declared container is then a much better answer.
 */
export interface DeclaredContainer {
  /** A detached copy, taken before Readability takes the document apart. */
  copy: Element;
  /** Collapsed text length of the container. */
  textLength: number;
}

/** Shorter than this, a container says nothing about where the article is. */
const MIN_TEXT = 500;
/** Link text above this share is a teaser list or a navigation block, not a body. */
const MAX_LINK_DENSITY = 0.3;
/** Chrome that sits inside `<article>` on many templates and is never body text. */
const CHROME =
  'script, style, noscript, template, nav, aside, footer, form, button, iframe, [hidden], ' +
  '[aria-hidden="true"], [role="navigation"], [role="complementary"], [role="contentinfo"]';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** A Readability pick this long is an article in its own right, even if the container holds more. */
const ENOUGH_TEXT = 1500;

const textLength = (el: Element): number => collapse(el.textContent ?? '').length;

function linkDensity(el: Element, length: number): number {
  let links = 0;
  for (const a of all(el, 'a')) links += collapse(a.textContent ?? '').length;
  return length > 0 ? links / length : 1;
}

/** Pages with more `<article>`s than this are listings (teaser cards), not one story. */
const MAX_ARTICLES = 8;

/** The biggest of several `<article>`s, only when it clearly dominates (not a list of teaser cards). */
function dominantArticle(doc: Document): Element | null {
  const articles = all(doc, 'article');
  if (articles.length > MAX_ARTICLES) return null;
  const sized = articles.map((el) => ({ el, length: textLength(el) })).sort((a, b) => b.length - a.length);
  const [first, second] = sized;
  if (!first) return null;
  // Nested articles (comments inside the story) count as part of the biggest one.
  if (second && !first.el.contains(second.el) && second.length * 3 > first.length) return null;
  return first.el;
}

/** Finds and copies the declared article container, or null when the page declares none worth having. */
export function declaredContainer(doc: Document): DeclaredContainer | null {
  const bodies = all(doc, '[itemprop~="articleBody"]');
  const el = bodies.length === 1 ? bodies[0] : dominantArticle(doc);
  if (!el) return null;
  const length = textLength(el);
  if (length < MIN_TEXT || linkDensity(el, length) > MAX_LINK_DENSITY) return null;
  const copy = el.cloneNode(true) as Element;
  for (const chrome of all(copy, CHROME)) removeNode(chrome);
  // Readability drops what the page hides; the copy must too (no layout here, so inline styles only).
  for (const styled of all(copy, '[style]'))
    if (HIDDEN_STYLE.test(styled.getAttribute('style') ?? '')) removeNode(styled);
  return { copy, textLength: textLength(copy) };
}

/**
 * Readability's pick is kept unless it is short and holds well under half of the declared container's
 * text: then it chose a fragment (or nothing), and the container is the article. A long pick that is
 * smaller than the container usually means Readability rightly left comments or hidden blocks out.
 */
export function preferContainer(readabilityText: number, container: DeclaredContainer | null): boolean {
  if (!container || container.textLength < MIN_TEXT) return false;
  return readabilityText < ENOUGH_TEXT && readabilityText < container.textLength * 0.5;
}
