import { all } from '../../dom/find-elements';
import { removeNode } from '../../dom/tree-edit';

/**
 * Elements that are code, styling, chrome or form controls, never article text. Media (`iframe`, `video`,
 * `object`, `embed`) stays for the embed rule, which turns it into a link; nothing is kept as HTML anyway.
 */
export const ACTIVE_TAGS = [
  'script',
  'style',
  'template',
  'noscript',
  'link',
  'meta',
  'base',
  'svg',
  'canvas',
  'button',
  'select',
  'textarea',
  'dialog',
  'input',
  'param',
  'track',
];
const REMOVE = ACTIVE_TAGS.map((tag) => (tag === 'input' ? 'input:not([type="checkbox"])' : tag)).join(', ');

/** Removes scripts, styles, SVG icons, form controls and other non-content elements. */
export function stripActiveContent(root: Element): void {
  for (const el of all(root, REMOVE)) removeNode(el);
}
