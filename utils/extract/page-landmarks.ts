import { emptyPageElements, notePageElement, type PageElements } from '../metadata/page-elements';
import { emptyReaderable, noteReaderable, type ReaderableElements } from './readerable-page';

/**
 * Elements the extraction looks up in the whole page, noted during the one element walk that measures the
 * page (bound-document) instead of by a document-wide query each: on a big page every such query is a full
 * pass, and linkedom's selector matching allocates per element.
 */
export interface PageLandmarks {
  /** `<article>` elements, in document order. */
  articles: Element[];
  /** Elements whose `itemprop` includes `articleBody`, in document order. */
  articleBodies: Element[];
  /**
   * Outermost `<template>` elements. Their content is an inert fragment in a browser, but a parser that keeps
   * it in the tree (linkedom) hands it to Readability, which can pick a template in `<head>` as the article
   * and then crash climbing from it to `<body>`.
   */
  templates: Element[];
  /** `href` of the first `<base href>` in tree order (browsers honour it even outside `<head>`). */
  baseHref: string | null;
  /** What the metadata readers look up page-wide (their walk is this one). */
  elements: PageElements;
  /** What Readability's readerable check looks up (readerable-page). */
  readerable: ReaderableElements;
}

export const emptyLandmarks = (): PageLandmarks => ({
  articles: [],
  articleBodies: [],
  templates: [],
  baseHref: null,
  elements: emptyPageElements(),
  readerable: emptyReaderable(),
});

/**
 * Notes one element, visited in tree order; `inTemplate`: it is `<template>` content (linkedom keeps that
 * in the tree). `localName` is a plain field in linkedom, `nodeName` isn't.
 */
export function noteLandmark(el: Element, landmarks: PageLandmarks, inTemplate = false): void {
  const name = el.localName;
  // Read once for the three note-takers: the walk visits every element of the page. The attribute node's
  // value is `getAttribute`'s answer in an HTML document, without linkedom's per-call case and escape checks.
  const lower = name.toLowerCase();
  const itemprop = el.hasAttributes() ? (el.getAttributeNode('itemprop')?.value ?? null) : null;
  notePageElement(el, landmarks.elements, inTemplate, lower, itemprop);
  noteReaderable(el, landmarks.readerable, inTemplate, lower);
  if (name === 'article') landmarks.articles.push(el);
  else if (name === 'template' && !inTemplate) landmarks.templates.push(el);
  else if (name === 'base' && landmarks.baseHref === null && el.hasAttribute('href'))
    landmarks.baseHref = el.getAttribute('href');
  if (itemprop !== null && /(?:^|\s)articleBody(?:\s|$)/.test(itemprop)) landmarks.articleBodies.push(el);
}
