import { collapse } from '../text/collapse';

/**
 * The description among the sources' values, in priority order: the first, unless it is a cut copy of a
 * later one. CMSs fill JSON-LD's description by cutting the teaser at a length ("Die Regierung will die
 * Förderung bis"), while og:description keeps it whole; the whole one is the same text, so it wins.
 */
const ELLIPSIS = /\s*(?:\.\.\.|…|\[…\]|\[\.\.\.\])\s*$/u;

export function pickDescription<S extends string>(
  candidates: readonly [value: string, source: S][],
): [string, S] | undefined {
  const [first] = candidates;
  if (!first) return undefined;
  const head = collapse(first[0]).replace(ELLIPSIS, '');
  // A prefix shorter than this is too little text to call the longer one the same teaser.
  if (head.length < 20) return first;
  const whole = candidates.find(([value]) => {
    const v = collapse(value);
    return v.length > head.length + 3 && v.startsWith(head);
  });
  return whole ?? first;
}
