const SPACE = /\s/;

/**
 * `el.getAttribute('class')`, cheaper under linkedom: there that call re-joins the element's class list
 * (deduplicated, whitespace collapsed) into a new string on every read, and the readers ask for hundreds
 * of elements' classes. A value without whitespace is its own class list, so it is returned as it stands.
 */
export function classAttribute(el: Element): string | null {
  const raw = el.getAttributeNode('class')?.value;
  return raw !== undefined && !SPACE.test(raw) && raw !== '' ? raw : el.getAttribute('class');
}

/** The class attribute as a string (SVG elements have an SVGAnimatedString `className`). */
export const classOf = (el: Element): string => classAttribute(el) ?? '';

/** Class, id, aria-label and role of an element, for pattern tests. */
export const hintsOf = (el: Element): string =>
  `${classOf(el)} ${el.getAttribute('id') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('role') ?? ''}`;
