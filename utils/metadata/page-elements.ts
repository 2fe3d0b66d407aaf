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
  /** `href` of the first `<base href>` (as getElementsByTagName sees it, template content included). */
  baseHref: string | null;
}

/** `~=` as the selector engines test it: the value is one whitespace-separated token of the attribute. */
const HEADLINE_TOKEN = /(?:^|\s)headline(?:$|\s)/;
const DATE_PUBLISHED_TOKEN = /(?:^|\s)datePublished(?:$|\s)/;

export const emptyPageElements = (): PageElements => ({
  meta: [],
  script: [],
  title: null,
  link: [],
  h1: [],
  headlines: [],
  dates: [],
  baseHref: null,
});

/** Files one element, visited in tree order; `inTemplate`: it is `<template>` content. */
export function notePageElement(el: Element, into: PageElements, inTemplate: boolean): void {
  if (el.localName === 'base' && into.baseHref === null && el.hasAttribute('href'))
    into.baseHref = el.getAttribute('href');
  if (inTemplate) return;
  // Type selectors match HTML elements case-insensitively; linkedom keeps foreign elements' case.
  const name = el.localName.toLowerCase();
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
  const itemprop = el.getAttribute('itemprop');
  if (itemprop !== null && name !== 'h2' && name !== 'h3' && HEADLINE_TOKEN.test(itemprop))
    into.headlines.push(el);
  if (name === 'time') return;
  const property = el.getAttribute('property');
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
