import { isHiddenElement } from './hidden-element';

/**
 * `aria-hidden="true"` hides a block from screen readers, not from sight, yet Readability drops every such
 * subtree as invisible. Pages that mark their story so (an overlay "letter", a decorative layer around the
 * text) then clip as their footer. When the headline a reader sees sits inside such a block, the block is
 * shown: its `aria-hidden` goes (on the document the extraction owns). Blocks hidden for real (`hidden`,
 * `display: none`) stay hidden.
 */
export function revealHeadlineBlock(h1: Element | null): void {
  for (let el = h1?.parentElement; el; el = el.parentElement) {
    if (el.getAttribute('aria-hidden') !== 'true') continue;
    el.removeAttribute('aria-hidden');
    // Still hidden without it: the page really hides this block (and so, its headline).
    if (isHiddenElement(el)) {
      el.setAttribute('aria-hidden', 'true');
      return;
    }
  }
}
