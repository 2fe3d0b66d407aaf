/**
 * A headline never starts or ends with a separator: a screen-reader " - " between kicker and title, or the
 * dash of a cut "Kicker – Title", is not part of it. Quotes of either side (« » „ "), brackets, signs and
 * a leading dot (".NET") stay.
 */
export const trimSeparators = (s: string): string =>
  s.replace(/^[\s\-‐‑–—:;,|·•/\\]+/u, '').replace(/[\s\-‐‑–—:;,|·•/\\]+$/u, '');
