import { all } from '../../dom/find-elements';
import { classOf } from '../../dom/class-hints';
import { collapse } from '../../text/collapse';
import { removeNode, unwrap } from '../../dom/tree-edit';

/** Text of a heading's own permalink anchor: a symbol, or nothing (an icon). */
const PERMALINK_TEXT = /^(?:#|¶|§|🔗|\u{1F517}|link|permalink|anchor|direct link)?$/iu;
const PERMALINK_CLASS = /anchor|permalink|heading-link|header-link|hash-link|deep-link/i;

/**
 * Heading permalinks (`<a href="#intro">#</a>`, `¶`, icon-only) go; a heading whose whole text is a link
 * to its own fragment is unwrapped, so headings come out as plain `## Title`.
 */
export function cleanHeadings(root: Element): void {
  for (const a of all(root, 'h1 a, h2 a, h3 a, h4 a, h5 a, h6 a')) {
    const href = a.getAttribute('href') ?? '';
    if (!href.startsWith('#') && !PERMALINK_CLASS.test(classOf(a))) continue;
    const text = collapse(a.textContent ?? '');
    if (PERMALINK_TEXT.test(text) && !a.querySelector('img')) removeNode(a);
    else if (href.startsWith('#')) {
      const heading = a.closest('h1, h2, h3, h4, h5, h6');
      if (heading && collapse(heading.textContent ?? '') === text) unwrap(a);
    }
  }
}
