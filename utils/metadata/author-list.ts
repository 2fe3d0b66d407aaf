import { collapse } from '../text/collapse';

/** An address or e-mail address where a name should be: never an author. */
export const isUrl = (s: string): boolean =>
  /^(?:https?:)?\/\/|^www\.[^\s]+\.[a-z]{2,}\/|^[^\s@]+@[^\s@]+\.[a-z]+$/i.test(s.trim());

/**
 * Joins names into the one author string the frontmatter keeps: "A, B, C" (comma and space, no "and"), the
 * same for two names, so it splits back unambiguously on ", ".
 */
export function joinAuthors(names: readonly string[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const clean = collapse(name);
    const key = clean.toLowerCase();
    if (clean && !isUrl(clean) && !seen.has(key)) {
      seen.add(key);
      out.push(clean);
    }
  }
  return out.join(', ');
}
