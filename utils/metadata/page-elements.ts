/**
 * The elements the metadata readers look up in the whole page, gathered in one walk. Each document-wide
 * `querySelectorAll('meta')`, `('script')`, `('h1')`… is a pass over every node of the page (linkedom matches
 * the selector against each element), and the readers need about ten of them per page.
 *
 * Every list holds what `doc.querySelectorAll` of its selector returns: tree order, `<template>` content left
 * out (it is not part of the document in a browser; linkedom's selector queries skip it too).
 */
export interface PageElements {
  meta: Element[];
  script: Element[];
  /** The first `<title>` (`doc.querySelector('title')`). */
  title: Element | null;
  link: Element[];
  h1: Element[];
  /** `h2, h3, [itemprop~="headline"]`. */
  headlines: Element[];
  /** `time, [itemprop~="datePublished"], [property$="datePublished"], [property$="dateCreated"]`. */
  dates: Element[];
  /**
   * `[itemprop~="name"], [rel~="author" i]`: all the page-wide byline fallback (the first three
   * byline selectors) can match, so it classifies these instead of every element.
   */
  bylineAnchors: Element[];
  /** Every element (`*`), in tree order: the metadata readers' scope lists are cut from it (scope-elements). */
  ordered: Element[];
  /** `href` of the first `<base href>` (as getElementsByTagName sees it, template content included). */
  baseHref: string | null;
}

/** `~=` as the selector engines test it: the value is one whitespace-separated token of the attribute. */
const HEADLINE_TOKEN = /(?:^|\s)headline(?:$|\s)/;
const DATE_PUBLISHED_TOKEN = /(?:^|\s)datePublished(?:$|\s)/;
const NAME_TOKEN = /(?:^|\s)name(?:$|\s)/;
/** `rel` values compare case-insensitively in HTML. */
const AUTHOR_REL_TOKEN = /(?:^|\s)author(?:$|\s)/i;

export const emptyPageElements = (): PageElements => ({
  meta: [],
  script: [],
  title: null,
  link: [],
  h1: [],
  headlines: [],
  dates: [],
  bylineAnchors: [],
  ordered: [],
  baseHref: null,
});

/**
 * Files one element, visited in tree order; `inTemplate`: it is `<template>` content. A walk that reads them
 * anyway passes the lower-cased local name and the `itemprop` value (null also when there are no attributes).
 */
export function notePageElement(
  el: Element,
  into: PageElements,
  inTemplate: boolean,
  // Type selectors match HTML elements case-insensitively; linkedom keeps foreign elements' case.
  name = el.localName.toLowerCase(),
  itemprop = el.hasAttributes() ? el.getAttribute('itemprop') : null,
): void {
  if (el.localName === 'base' && into.baseHref === null && el.hasAttribute('href'))
    into.baseHref = el.getAttribute('href');
  if (inTemplate) return;
  into.ordered.push(el);
  switch (name) {
    case 'meta':
      into.meta.push(el);
      break;
    case 'script':
      into.script.push(el);
      break;
    case 'title':
      into.title ??= el;
      break;
    case 'link':
      into.link.push(el);
      break;
    case 'h1':
      into.h1.push(el);
      break;
    case 'h2':
    case 'h3':
      into.headlines.push(el);
      break;
    case 'time':
      into.dates.push(el);
      break;
  }
  if (!el.hasAttributes()) return;
  if (itemprop !== null && name !== 'h2' && name !== 'h3' && HEADLINE_TOKEN.test(itemprop))
    into.headlines.push(el);
  // Attribute nodes' values: `getAttribute` in an HTML document, minus linkedom's per-call checks.
  const rel = el.getAttributeNode('rel')?.value ?? null;
  if ((itemprop !== null && NAME_TOKEN.test(itemprop)) || (rel !== null && AUTHOR_REL_TOKEN.test(rel)))
    into.bylineAnchors.push(el);
  if (name === 'time') return;
  const property = el.getAttributeNode('property')?.value ?? null;
  if (
    (itemprop !== null && DATE_PUBLISHED_TOKEN.test(itemprop)) ||
    (property !== null && (property.endsWith('datePublished') || property.endsWith('dateCreated')))
  )
    into.dates.push(el);
}

/** Walks the page once (iteratively: deep pages overflow recursion) and files its elements. */
export function pageElements(doc: Document): PageElements {
  const into = emptyPageElements();
  const stack: Element[] = [];
  const templated: boolean[] = [];
  for (let el = doc.lastElementChild; el; el = el.previousElementSibling) {
    stack.push(el);
    templated.push(false);
  }
  for (let el = stack.pop(); el; el = stack.pop()) {
    const inTemplate = templated.pop() ?? false;
    notePageElement(el, into, inTemplate);
    const childrenInTemplate = inTemplate || el.localName === 'template';
    // Children pushed last-first, so the first one is popped next (tree order).
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) {
      stack.push(child);
      templated.push(childrenInTemplate);
    }
  }
  return into;
}
