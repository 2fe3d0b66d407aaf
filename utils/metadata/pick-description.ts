import { collapse } from '../text/collapse';
import type { FieldSource } from './source-registry';
import { resolveField, type Candidate } from './resolve-field';

/**
 * The description among the sources' values, in priority order: the first, unless it is a cut copy of a
 * later one. CMSs fill JSON-LD's description by cutting the teaser at a length ("Die Regierung will die
 * Förderung bis"), while og:description keeps it whole; the whole one is the same text, so it wins.
 */
const ELLIPSIS = /\s*(?:\.\.\.|…|\[…\]|\[\.\.\.\])\s*$/u;

/** The judge of the description's candidates (value, source), given in the registry's order. */
export function pickDescription<S extends FieldSource<'description'>>(
  candidates: readonly [value: string, source: S][],
): [string, S] | undefined {
  const [first] = candidates;
  if (!first) return undefined;
  const head = collapse(first[0]).replace(ELLIPSIS, '');
  const judged = candidates.map(([value, source]): Candidate<'description'> => ({
    value,
    source,
    standing: 'plain',
  }));
  // A prefix shorter than this is too little text to call the longer one the same teaser.
  const whole =
    head.length >= 20 &&
    judged.find((c) => {
      const v = collapse(c.value);
      return v.length > head.length + 3 && v.startsWith(head);
    });
  if (whole) Object.assign(whole, { standing: 'preferred', evidence: 'the whole text the first one cuts' });
  const picked = resolveField('description', judged);
  return picked && [picked.value, picked.source as S];
}
