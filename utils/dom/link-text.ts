import { collapsedLength } from '../text/collapse';
import { all } from './find-elements';

/** Length of the text inside links, for link density. */
export function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of all(el, 'a')) n += collapsedLength(a.textContent);
  return n;
}
