export type ImportDecision = 'keep-both' | 'replace' | 'skip';
export type ImportResult = { added: number; replaced: number; keptBoth: number; skipped: number };

/**
 * A URL for the second copy of a page. The canonical URL is a unique index, so a kept copy needs its own:
 * the same page with a `#newsclip-copy-N` fragment (appended to an existing fragment with `-`). It still
 * opens the page, is plainly marked as a copy in exported posts, and a later import of that post lands on
 * the copy again.
 */
export function copyURL(canonicalURL: string, n: number): string {
  const hash = canonicalURL.indexOf('#');
  const base = hash < 0 ? canonicalURL : canonicalURL.slice(0, hash);
  const fragment = hash < 0 ? '' : canonicalURL.slice(hash + 1);
  return `${base}#${fragment ? `${fragment}-` : ''}newsclip-copy-${n}`;
}
