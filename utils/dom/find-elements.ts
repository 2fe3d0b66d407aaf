import { isElement, tagOf } from './node-kind';

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
