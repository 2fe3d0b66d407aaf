/**
 * Small DOM helpers that work the same in the browser, happy-dom and linkedom (no layout, no `Node`
 * globals: linkedom doesn't define them in Node).
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export const isElement = (node: Node | null | undefined): node is Element => node?.nodeType === ELEMENT_NODE;

/** Lower-case tag name (`nodeName` is upper-case for HTML elements, but not for SVG/MathML ones). */
export const tagOf = (node: Node): string => node.nodeName.toLowerCase();

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

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Detaches a node; safe when it has no parent. */
export function removeNode(node: Node): void {
  node.parentNode?.removeChild(node);
}

/** Replaces an element by its children. */
export function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

/** A snapshot of matches, so callers can mutate the tree while iterating. */
export const all = (root: ParentNode, selector: string): Element[] =>
  Array.from(root.querySelectorAll(selector));

/** Nearest ancestor (or self) with one of the tag names (lower-case), stopping at `stop`. */
export function closestTag(node: Node, tags: ReadonlySet<string>, stop?: Node): Element | null {
  for (let n: Node | null = node; n && n !== stop; n = n.parentNode) {
    if (isElement(n) && tags.has(tagOf(n))) return n;
  }
  return null;
}

/** Length of the text inside links, for link density. */
export function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of all(el, 'a')) n += collapse(a.textContent ?? '').length;
  return n;
}
