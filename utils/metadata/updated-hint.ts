import { alternation } from './lexicon/build-pattern';
import { UPDATED_LABELS, UPDATED_MARKUP_STEMS } from './lexicon/date-labels';

/**
 * A last-change date's mark, in a class, id or itemprop ("date-updated", "dateModified") or in the words
 * before it ("Aktualisiert", "Mis à jour"): the `<time>` and date-text readers then take it as the
 * modification date, never as the publication date.
 */
export const UPDATED_HINT = new RegExp(
  alternation([...UPDATED_MARKUP_STEMS, ...Object.values(UPDATED_LABELS).flatMap((label) => label.words)]),
  'i',
);
