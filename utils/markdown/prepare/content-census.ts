import { classAttribute } from '../../dom/class-hints';
import { DEF_ID } from './mark-footnotes';
import { MATH_CLASS } from './mark-math';

/**
 * What kinds of elements an article holds, from one walk, so prepare-dom can skip the passes that have
 * nothing to do: most articles have no math, no code and no footnotes, and each of those passes starts with
 * a few `querySelectorAll`s that walk the whole article. A census errs only towards running a pass.
 */
export interface ContentCensus {
  /** Lower-case tag names present. */
  tags: Set<string>;
  /** Some class attribute names KaTeX or Wikipedia's math markup. */
  mathClass: boolean;
  /** Some element could be a footnote definition (see mark-footnotes' `findDefinitions`). */
  footnoteIds: boolean;
}

/** Elements that may be definitions by their id; `li[id]` and role-marked notes count whatever their id. */
const DEF_TAGS = new Set(['div', 'p', 'aside']);
const NOTE_ROLE = /^doc-(?:endnote|footnote)$/i;

/** Walks the root's descendants (template content too: a census may only overcount). */
export function contentCensus(root: Element): ContentCensus {
  const census: ContentCensus = { tags: new Set(), mathClass: false, footnoteIds: false };
  const stack: Element[] = [];
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
  for (let el = stack.pop(); el; el = stack.pop()) {
    const tag = el.localName.toLowerCase();
    census.tags.add(tag);
    if (el.hasAttributes()) {
      const cls = classAttribute(el);
      if (cls !== null && MATH_CLASS.test(cls)) census.mathClass = true;
      const id = el.getAttribute('id');
      if (
        id !== null &&
        (tag === 'li' ||
          (DEF_TAGS.has(tag) && DEF_ID.test(id)) ||
          NOTE_ROLE.test(el.getAttribute('role') ?? ''))
      )
        census.footnoteIds = true;
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
  }
  return census;
}

/** Whether any of the tags is present. */
export const hasAnyTag = (census: ContentCensus, tags: readonly string[]): boolean =>
  tags.some((tag) => census.tags.has(tag));
