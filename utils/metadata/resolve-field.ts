import { FIELD_SOURCES, type FieldSource, type MetadataField } from './source-registry';

/**
 * The one resolver every metadata field goes through. Sources give candidates (a value, the source's name,
 * and what the page says for or against it); the field's judge (pick-title, pick-author, pick-published,
 * pick-description, or nothing for the fields where "first in the list" is enough) only sets each
 * candidate's standing; this module picks. The registry's order (source-registry.ts) breaks every tie, so
 * no judge orders candidates itself and a source's place is stated once.
 *
 * Standings, strongest first:
 * - `preferred`: the page itself confirms it over the sources before it (the visible headline, the byline
 *   that completes a metadata first name, the day printed at the headline);
 * - `plain`: a usable value; the first in the registry's order wins;
 * - `fallback`: used only when nothing better exists (the publisher as the author, the `<title>`, the URL);
 * - `rejected`: never used (a site name as the headline, an unprinted name the byline contradicts …).
 */
export type Standing = 'preferred' | 'plain' | 'fallback' | 'rejected';

export interface Candidate<F extends MetadataField, V = string> {
  value: V;
  source: FieldSource<F>;
  standing: Standing;
  /** Why the judge gave this standing, for the reader of a test failure or a debugging session. */
  evidence?: string;
}

const RANK: Record<Standing, number> = { preferred: 0, plain: 1, fallback: 2, rejected: 3 };

/** A source's place in the field's registry list (-1 for none: a value a caller set stands first). */
export function placeOf<F extends MetadataField>(field: F, source: FieldSource<F>): number {
  return (FIELD_SOURCES[field] as readonly string[]).indexOf(source);
}

const empty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length);

/** The winning candidate: the strongest standing, then the registry's order; empty values never win. */
export function resolveField<F extends MetadataField, V>(
  field: F,
  candidates: readonly (Candidate<F, V> | undefined)[],
): Candidate<F, V> | undefined {
  let best: Candidate<F, V> | undefined;
  for (const c of candidates) {
    if (!c || c.standing === 'rejected' || empty(c.value)) continue;
    if (
      !best ||
      RANK[c.standing] < RANK[best.standing] ||
      (RANK[c.standing] === RANK[best.standing] && placeOf(field, c.source) < placeOf(field, best.source))
    )
      best = c;
  }
  return best;
}

/**
 * Whether a candidate from `source` could still win over the value already chosen: the field is empty or
 * its value is only a fallback, or `source` comes earlier in the registry. Lets costly sources (a walk of the
 * article's top lines) be read only when their candidate can matter.
 */
export function couldWin<F extends MetadataField>(
  field: F,
  current: Pick<Candidate<F, unknown>, 'source' | 'standing' | 'value'> | undefined,
  source: FieldSource<F>,
): boolean {
  return (
    !current ||
    empty(current.value) ||
    current.standing === 'fallback' ||
    current.standing === 'rejected' ||
    placeOf(field, source) < placeOf(field, current.source)
  );
}

/** The winner as the callers store it: its value and source name. */
export function chosen<F extends MetadataField, V>(
  c: Candidate<F, V> | undefined,
): { value: V; source: FieldSource<F> } | undefined {
  return c && { value: c.value, source: c.source };
}
