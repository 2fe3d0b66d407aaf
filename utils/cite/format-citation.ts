import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
// The style file itself (CC BY-SA 3.0, from the CSL project): the package's entry points differ by loader.
import chicago from '@citation/csl-style-chicago-fullnote-bibliography/info.json';
import type { CslItem } from './csl-item';

/** The forms a citation is copied in. */
export const CITATION_FORMATS = ['apa', 'chicago', 'bibtex', 'csl-json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

let registered = false;

/**
 * Citations of the given items in one form, by citation.js (escaping for BibTeX and the CSL styles are its
 * job): APA 7th and Chicago 17th (full note) as plain-text references, BibTeX entries, or CSL-JSON.
 * A large module: loaded only when the user copies a citation.
 */
export function formatCitations(items: readonly CslItem[], format: CitationFormat): string {
  if (!registered) {
    plugins.config.get('@csl').styles.add('chicago', chicago.content);
    registered = true;
  }
  const cite = new Cite([...items]);
  if (format === 'csl-json') return `${JSON.stringify(items, null, 2)}\n`;
  if (format === 'bibtex') return cite.format('bibtex') as string;
  return (
    (cite.format('bibliography', { format: 'text', template: format, lang: 'en-US' }) as string).trim() + '\n'
  );
}
