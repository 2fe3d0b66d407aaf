/**
 * Class-name words of the kicker (roofline, eyebrow) printed over or inside a headline: "Klimaschutz" in
 * `<span class="dachzeile">`. Class names, not prose, so not tagged by language; alphabetical.
 */
export const KICKER_CLASSES: readonly string[] = [
  'dachzeile',
  'eyebrow',
  'kicker',
  'overline',
  'pre-title',
  'pretitle',
  'roofline',
  'supertitle',
  'top-line',
  'topline',
];
