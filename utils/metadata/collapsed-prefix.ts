import { collapse } from '../text/collapse';
import { readTextUntil } from './read-text-until';

/**
 * The start of an element's collapsed text, for readers that look only at a text's first characters:
 * `collapse(el.textContent)` when that is at most `min` characters long, else a prefix of it longer than
 * `min`. Collapsing the start of a text gives the start of the collapsed text, so the rest of a long block
 * (an article wrapper classed "meta") is neither gathered nor collapsed.
 */
export function collapsedPrefix(el: Element, min: number): string {
  let collapsed = '';
  const { text, stopped } = readTextUntil(el, min, (sofar) => (collapsed = collapse(sofar)).length > min);
  return stopped ? collapsed : collapse(text);
}
