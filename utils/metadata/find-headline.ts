import { classAttribute } from '../dom/class-hints';
import { collapse, collapsedLength } from '../text/collapse';
import { looseText } from '../text/loose-text';
import { closestWhere, firstWhere, isLink, isMain, isTag } from './element-search';

const IS_ARTICLE = isTag('article');

/**
 * Locates the article's headline (`<h1>`) and the element around it that also holds its byline and dates, so
 * the `<time>` and byline readers look near the headline instead of at sidebars, teasers and comments.
 */
export interface Headline {
  h1: Element | null;
  /** The h1's article (or main, or a few levels of parents): where bylines and dates live. */
  container: Element | null;
}

/** A headline container with less text than this is only the title's frame. */
const MIN_CONTAINER_TEXT = 300;
const MAX_EXTRA_LEVELS = 4;

/** An h1 sharing this much with a page title is the story's headline in other words. */
const HEADLINE_OVERLAP = 0.4;

/**
 * Shared words as a share of each text, the smaller of the two (texts in looseText form): a site-name h1
 * ("Blog name") shares all its words with "Post title | Blog name", but they are little of that title.
 */
function wordOverlap(a: string, b: string): number {
  const wa = a.split(' ').filter(Boolean);
  const wb = new Set(b.split(' ').filter(Boolean));
  if (!wa.length || !wb.size) return 0;
  const shared = wa.filter((w) => wb.has(w)).length;
  return Math.min(shared / wa.length, shared / wb.size);
}

const LOGO_HINT = /logo|brand|site-?title|site-?name|masthead/i;

/** Screen-reader-only headings ("Navigation und Service"): no reader sees them as the headline. */
const HIDDEN_HINT =
  /(?:^|[\s_-])(?:hidden|aural|sr-only|visually-hidden|screen-reader-text|offscreen|invisible)(?:$|[\s_-])/i;

export function isHidden(h: Element): boolean {
  return (
    h.hasAttribute('hidden') ||
    h.getAttribute('aria-hidden') === 'true' ||
    HIDDEN_HINT.test(h.getAttribute('class') ?? '')
  );
}

/** A site-name h1: logo classes, no text, or nothing but a link to the home page. */
function isLogo(h1: Element): boolean {
  const hint = `${h1.getAttribute('class') ?? ''} ${h1.getAttribute('id') ?? ''}`;
  const text = collapse(h1.textContent);
  if (LOGO_HINT.test(hint) || !text) return true;
  const link = firstWhere(h1, isLink);
  return (
    !!link &&
    collapse(link.textContent) === text &&
    /^(?:https?:\/\/[^/]+)?\/?(?:index\.\w+)?$/i.test(link.getAttribute('href') ?? '')
  );
}

/** The page's h1s and its other headline candidates, when the caller has collected them (page-elements). */
export interface HeadlineElements {
  h1: readonly Element[];
  /** `h2, h3, [itemprop~="headline"]`. */
  headlines: readonly Element[];
}

/**
 * titleHints: the page's other titles (og:title, `<title>`); an h1 whose text they contain is the headline,
 * otherwise the first h1 inside an `<article>`, otherwise the first h1 that is not a logo.
 */
export function findHeadline(
  doc: Document,
  titleHints: readonly string[] = [],
  found?: HeadlineElements,
): Headline {
  const h1s = (found?.h1 ?? Array.from(doc.querySelectorAll('h1'))).filter((h) => !isLogo(h) && !isHidden(h));
  const hints = titleHints.map(looseText).filter((h) => h.length > 0);
  const matchesHint = (h: Element, hint: string) => {
    const t = looseText(collapse(h.textContent));
    // Short texts ("News") are contained in any title: they must be a good part of it.
    return t.length > 3 && hint.includes(t) && t.length * 3 >= hint.length;
  };
  const matches = (h: Element) => hints.some((hint) => matchesHint(h, hint));
  // Hints in their priority order: a section h1 ("News") that matches the `<title>` ("News - Site") loses to
  // the h1 that matches the article's og:title.
  const byHint = () => {
    for (const hint of hints) {
      const found = h1s.find((h) => matchesHint(h, hint));
      if (found) return found;
    }
    return undefined;
  };
  // Blogs without an h1 title their post with an h2/h3 (.post-title, .entry-title): accept one the titles name,
  // unless an h1 before it shares the titles' words — the story's headline, with the SEO title rewording it,
  // and the h2 a subheading that repeats some of those words ("Ist die Bratwurst eine Illusion?").
  const subheading = (h: Element) => {
    const headline = h1s.find((x) =>
      hints.some((hint) => wordOverlap(looseText(collapse(x.textContent)), hint) >= HEADLINE_OVERLAP),
    );
    if (!headline) return false;
    const order = Array.from(doc.querySelectorAll('h1, h2, h3, [itemprop~="headline"]'));
    return order.indexOf(headline) < order.indexOf(h);
  };
  const h2 = hints.length
    ? (found?.headlines ?? Array.from(doc.querySelectorAll('h2, h3, [itemprop~="headline"]'))).find(matches)
    : undefined;
  const h1 =
    byHint() ??
    (h2 && !subheading(h2) ? h2 : undefined) ??
    h1s.find((h) => closestWhere(h, IS_ARTICLE)) ??
    h1s[0] ??
    null;
  if (!h1) return { h1: null, container: null };
  let container = closestWhere(h1, IS_ARTICLE) ?? closestWhere(h1, isMain);
  if (!container) {
    // No semantic wrapper: a few levels up (the header block around the h1), never the whole body.
    container = h1.parentElement;
    for (let i = 0; i < 3 && container?.parentElement && container.parentElement !== doc.body; i++) {
      container = container.parentElement;
    }
    // A wrapper that holds little more than the h1 (a title frame) keeps the byline and date in a sibling
    // block: climb on until the container holds some article text.
    for (
      let i = 0;
      i < MAX_EXTRA_LEVELS &&
      container?.parentElement &&
      container.parentElement !== doc.body &&
      collapsedLength(container.textContent) < MIN_CONTAINER_TEXT;
      i++
    ) {
      container = container.parentElement;
    }
  }
  return { h1, container };
}

/**
 * Boxes that hold other articles' or readers' dates and names (comments, related lists, sidebars). Only such a
 * box *inside* the scope counts: a page-wide wrapper class like "with-sidebar" must not hide the article itself.
 */
export const NOISE_BOXES =
  '.comment, .comments, #comments, [class*="comment-" i], [id*="comment" i], aside, nav, [class*="related" i], [class*="sidebar" i], [class*="widget_" i], [class*="widget-area" i], [class*="recommend" i]';

const NOISE_TAGS = new Set(['ASIDE', 'NAV']);
const NOISE_CLASS = /comment-|related|sidebar|widget_|widget-area|recommend/i;
const NOISE_CLASS_TOKEN = /(?:^|[ \t\n\f\r])comments?(?:[ \t\n\f\r]|$)/;
/** An aside named as the article's own metadata ("meta", "article-meta", "byline", "post-info"). */
const ARTICLE_META_BOX = /(?:^|[\s_-])(?:meta|byline|post-?info|article-?info)(?:$|[\s_-])/i;

/**
 * `el.matches(NOISE_BOXES)` written out (except that an `<aside>` named as the article's own meta box is not noise): selector matching is the slowest DOM call in linkedom (it parses the
 * selector list on every call) and this test runs for hundreds of candidates and their ancestors.
 */
export function isNoiseBox(el: Element): boolean {
  const cls = classAttribute(el);
  // `<aside class="meta">` beside the article holds its own date and credits, not other articles'.
  if (NOISE_TAGS.has(el.tagName.toUpperCase())) return !(cls && ARTICLE_META_BOX.test(cls));
  if (cls && (NOISE_CLASS_TOKEN.test(cls) || NOISE_CLASS.test(cls))) return true;
  const id = el.getAttribute('id');
  return !!id && /comment/i.test(id);
}

/**
 * The nearest noise box at or above `el`; `memo` keeps each visited element's answer, as candidates share
 * most of their ancestors (valid while the document is unchanged).
 */
function nearestNoiseBox(el: Element, memo?: Map<Element, Element | null>): Element | null {
  if (!memo) {
    let box: Element | null = el;
    while (box && !isNoiseBox(box)) box = box.parentElement;
    return box;
  }
  let box: Element | null = null;
  const path: Element[] = [];
  for (let p: Element | null = el; p; p = p.parentElement) {
    const known = memo.get(p);
    if (known !== undefined) {
      box = known;
      break;
    }
    path.push(p);
    if (isNoiseBox(p)) {
      box = p;
      break;
    }
  }
  for (const p of path) memo.set(p, box);
  return box;
}

export function inNoiseBox(el: Element, scope: Element | null, memo?: Map<Element, Element | null>): boolean {
  // The nearest noise box (el.closest(NOISE_BOXES)) counts only when it lies strictly inside the scope.
  const box = nearestNoiseBox(el, memo);
  if (!box) return false;
  if (!scope) return true;
  return box !== scope && scope.contains(box);
}

/**
 * The elements matching `selector` inside `scope`, split into those before the anchor (nearest first) and those
 * after it (in document order; the anchor's own descendants count as after). The anchor is found by querying
 * it together with the selector — querySelectorAll returns document order — rather than by
 * compareDocumentPosition, which linkedom gets wrong for elements outside the anchor's parent.
 */
export function splitAround(
  scope: Element,
  selector: string,
  anchor: Element | null,
): { before: Element[]; after: Element[] } {
  if (!anchor) return { before: [], after: Array.from(scope.querySelectorAll(selector)) };
  const all = Array.from(scope.querySelectorAll(`${selector}, ${anchor.tagName.toLowerCase()}`));
  const at = all.indexOf(anchor);
  // The anchor's tag was added to the query: other elements of that tag count only if the selector wants them.
  const wanted = (el: Element) => el !== anchor && (el.tagName !== anchor.tagName || el.matches(selector));
  if (at < 0) return { before: [], after: all.filter(wanted) };
  return { before: all.slice(0, at).filter(wanted).reverse(), after: all.slice(at + 1).filter(wanted) };
}
