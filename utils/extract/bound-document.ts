import { all } from '../dom/find-elements';
import { isElement } from '../dom/node-kind';
import { removeNode, unwrap } from '../dom/tree-edit';
import { emptyPageElements } from '../metadata/page-elements';
import { noteLandmark, type PageLandmarks } from './page-landmarks';
import { emptyReaderable } from './readerable-page';
import { ELEMENT_BUDGET, OVERSIZED_CHROME } from './page-budget';

export { ELEMENT_BUDGET };

/**
 * Keeps hostile documents within what Readability and Turndown can do in well under 2 s: both are
 * recursive (a 20,000-deep nest of `<div>`s overflows the stack) and Readability slows down badly past some
 * tens of thousands of elements (its own `maxElemsToParse` guard never fires under linkedom, whose
 * `getElementsByTagName('*')` is empty). Real pages, even heavy ones, stay far below both limits.
 */

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

export interface DocumentSize {
  elements: number;
  /** Deepest nesting level seen. */
  depth: number;
}

/**
 * The page's top-level elements: one `<html>` in a browser, but linkedom keeps stray elements that come
 * before `<html>` in the file (a `<style>` on top) as its siblings, and `documentElement` is then the stray one.
 */
export function topLevelElements(doc: Document): Element[] {
  const roots: Element[] = [];
  for (let el = doc.firstElementChild; el; el = el.nextElementSibling) roots.push(el);
  return roots;
}

/**
 * Element count and depth in one iterative walk (recursion is what deep pages break), in tree order; with
 * `landmarks`, also notes the page's articles and `<base>` there (the lists are filled afresh).
 */
export function measureDocument(root: Element | Element[], landmarks?: PageLandmarks): DocumentSize {
  if (landmarks) {
    landmarks.articles = [];
    landmarks.articleBodies = [];
    landmarks.templates = [];
    landmarks.baseHref = null;
    landmarks.elements = emptyPageElements();
    landmarks.readerable = emptyReaderable();
  }
  let elements = 0;
  let depth = 0;
  // Two parallel stacks rather than [element, depth] pairs: no allocation per element. Children are pushed
  // in reverse, so the first one is popped next (tree order).
  // Depths of `<template>` content are stored negated (-1 - depth), so that flag costs no third stack.
  const nodes: Element[] = Array.isArray(root) ? [...root].reverse() : [root];
  const depths: number[] = nodes.map(() => 0);
  for (let el = nodes.pop(); el; el = nodes.pop()) {
    const stored = depths.pop() ?? 0;
    const inTemplate = stored < 0;
    const d = inTemplate ? -1 - stored : stored;
    elements++;
    if (d > depth) depth = d;
    if (landmarks) noteLandmark(el, landmarks, inTemplate);
    const start = nodes.length;
    const childDepth = inTemplate || el.localName === 'template' ? -2 - d : d + 1;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      nodes.push(child);
      depths.push(childDepth);
    }
    for (let i = start, j = nodes.length - 1; i < j; i++, j--) {
      const swap = nodes[i] as Element;
      nodes[i] = nodes[j] as Element;
      nodes[j] = swap;
    }
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
  // Innermost first: each unwrap then moves only the content up a level, not the whole chain still below
  // it (happy-dom re-walks every moved subtree, which made the outermost-first order quadratic).
  for (let i = deep.length - 1; i >= 0; i--) {
    const el = deep[i] as Element;
    if (isElement(el.parentNode)) unwrap(el);
  }
}

/**
 * Step 1, before anything reads the page (metadata walks recursively too): unwraps over-deep wrappers.
 * Returns the document's size afterwards; `landmarks` are noted on the way.
 */
export function flattenDeepNesting(doc: Document, landmarks?: PageLandmarks): DocumentSize {
  const size = measureDocument(topLevelElements(doc), landmarks);
  if (size.depth <= MAX_DEPTH) return size;
  for (const root of topLevelElements(doc)) flatten(root);
  return measureDocument(topLevelElements(doc), landmarks);
}

/**
 * Step 2, after metadata (which needs the scripts' JSON-LD): drops chrome from a page over the element
 * budget, or always with `force` (the live page was over it: its chrome was not judged for visibility, see
 * visible-clone). Still over it afterwards means the caller should not hand the whole page to Readability.
 */
export function pruneOversized(
  doc: Document,
  size: DocumentSize,
  landmarks?: PageLandmarks,
  force = false,
): DocumentSize {
  if (size.elements <= ELEMENT_BUDGET && !force) return size;
  for (const el of all(doc, OVERSIZED_CHROME)) removeNode(el);
  return measureDocument(topLevelElements(doc), landmarks);
}
