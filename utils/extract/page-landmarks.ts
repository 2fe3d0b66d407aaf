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
  /** `href` of the first `<base href>` in tree order (browsers honour it even outside `<head>`). */
  baseHref: string | null;
}

export const emptyLandmarks = (): PageLandmarks => ({ articles: [], articleBodies: [], baseHref: null });

/** Notes one element, visited in tree order. `localName` is a plain field in linkedom, `nodeName` isn't. */
export function noteLandmark(el: Element, landmarks: PageLandmarks): void {
  const name = el.localName;
  if (name === 'article') landmarks.articles.push(el);
  else if (name === 'base' && landmarks.baseHref === null && el.hasAttribute('href'))
    landmarks.baseHref = el.getAttribute('href');
  const itemprop = el.getAttribute('itemprop');
  if (itemprop !== null && /(?:^|\s)articleBody(?:\s|$)/.test(itemprop)) landmarks.articleBodies.push(el);
}
