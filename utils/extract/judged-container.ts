import { declaredArticle } from './declared-article';
import { ELEMENT_BUDGET, OVERSIZED_CHROME } from './page-budget';

/**
 * Past this many ancestors the extraction's copy may have its wrappers unwrapped (bound-document unwraps
 * below depth 256), which would move what was marked unjudged out of its marked element.
 */
const MAX_ANCESTORS = 100;

/** Elements of the live page outside the chrome an oversized page's extraction prunes unread. */
function contentElements(doc: Document): number {
  let chrome = 0;
  let outer: Element | null = null;
  for (const el of Array.from(doc.querySelectorAll(OVERSIZED_CHROME))) {
    if (outer?.contains(el)) continue;
    outer = el;
    chrome += el.getElementsByTagName('*').length + 1;
  }
  return doc.getElementsByTagName('*').length - chrome;
}

export interface JudgedContainer {
  /** The page's declared article, in the live page. */
  container: Element;
  /** Its ancestors below `<body>`, outermost first. */
  ancestors: Element[];
}

/**
 * The one element of an oversized live page worth judging for visibility. When the page is still over the
 * element budget without its chrome, the extraction can't hand it to Readability and takes the page's
 * declared article instead (extract-page); judging the rest (comments, teaser rails) would cost some
 * hundreds of ms for nothing. Null where the page is judged as a whole: within the budget, no declared
 * article (or one too big), or one nested too deep, in chrome, or below a shadow host.
 */
export function judgedContainer(doc: Document): JudgedContainer | null {
  const body = doc.body;
  if (!body || contentElements(doc) <= ELEMENT_BUDGET) return null;
  const container = declaredArticle(
    doc.querySelectorAll('[itemprop~="articleBody"]'),
    doc.getElementsByTagName('article'),
  );
  if (!container || container === body || !body.contains(container) || container.closest(OVERSIZED_CHROME))
    return null;
  if (container.getElementsByTagName('*').length >= ELEMENT_BUDGET) return null;
  const ancestors: Element[] = [];
  for (let el = container.parentElement; el && el !== body; el = el.parentElement) {
    if (el.shadowRoot || ancestors.length >= MAX_ANCESTORS) return null;
    ancestors.unshift(el);
  }
  return { container, ancestors };
}
