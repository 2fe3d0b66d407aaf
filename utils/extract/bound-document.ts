import { all, isElement, removeNode, unwrap } from '../markdown/dom';

/**
 * Keeps hostile documents within what Readability and Turndown can do in well under 2 s: both are
 * recursive (a 20,000-deep nest of `<div>`s overflows the stack) and Readability slows down badly past some
 * tens of thousands of elements (its own `maxElemsToParse` guard never fires under linkedom, whose
 * `getElementsByTagName('*')` is empty). Real pages, even heavy ones, stay far below both limits.
 */

/** More elements than this is a generated or broken page (the corpora's biggest page has ~10,000). */
export const ELEMENT_BUDGET = 15_000;
/** Deeper than this, pure wrappers are unwrapped (real pages nest a few dozen levels). */
const MAX_DEPTH = 256;
/** Tags that only wrap: unwrapping them loses no text and no structure Markdown can show. */
const WRAPPERS = new Set([
  'DIV',
  'SPAN',
  'FONT',
  'SECTION',
  'CENTER',
  'B',
  'I',
  'U',
  'EM',
  'STRONG',
  'SMALL',
  'BIG',
]);
/** Chrome dropped from an oversized page before Readability sees it; metadata has been read already. */
const CHROME =
  'script, style, noscript, template, svg, iframe, nav, aside, footer, form, select, ' +
  '[role="navigation"], [role="complementary"], [role="contentinfo"], [hidden], [aria-hidden="true"]';

export interface DocumentSize {
  elements: number;
  /** Deepest nesting level seen. */
  depth: number;
}

/** Element count and depth in one iterative walk (recursion is what deep pages break). */
export function measureDocument(root: Element): DocumentSize {
  let elements = 0;
  let depth = 0;
  const stack: [Element, number][] = [[root, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [el, d] = item;
    elements++;
    if (d > depth) depth = d;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling)
      stack.push([child, d + 1]);
  }
  return { elements, depth };
}

/** Unwraps wrapper elements nested deeper than MAX_DEPTH, so recursive code downstream has stack left. */
function flatten(root: Element): void {
  const deep: Element[] = [];
  const stack: [Element, number][] = [[root, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [el, d] = item;
    if (d > MAX_DEPTH && WRAPPERS.has(el.nodeName)) deep.push(el);
    for (let child = el.firstElementChild; child; child = child.nextElementSibling)
      stack.push([child, d + 1]);
  }
  for (const el of deep) if (isElement(el.parentNode)) unwrap(el);
}

/**
 * Step 1, before anything reads the page (metadata walks recursively too): unwraps over-deep wrappers.
 * Returns the document's size afterwards.
 */
export function flattenDeepNesting(doc: Document): DocumentSize {
  const size = measureDocument(doc.documentElement);
  if (size.depth <= MAX_DEPTH) return size;
  flatten(doc.documentElement);
  return measureDocument(doc.documentElement);
}

/**
 * Step 2, after metadata (which needs the scripts' JSON-LD): drops chrome from a page over the element
 * budget. Still over it afterwards means the caller should not hand the whole page to Readability.
 */
export function pruneOversized(doc: Document, size: DocumentSize): DocumentSize {
  if (size.elements <= ELEMENT_BUDGET) return size;
  for (const el of all(doc, CHROME)) removeNode(el);
  return measureDocument(doc.documentElement);
}
