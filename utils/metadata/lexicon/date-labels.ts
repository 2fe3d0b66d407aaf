import type { Lang } from './languages';

/**
 * The words a page prints before its dates, by language, alphabetical: `published` before the publication
 * date ("Veröffentlicht am", "Publié le"), `updated` before the last change ("Aktualisiert:", "Mis à jour le"),
 * with the word that may qualify it ("Zuletzt geändert", "Last updated"). A space stands for any white space.
 */
export const PUBLISHED_LABELS: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  de: ['erschienen', 'gepostet', 'publiziert', 'veröffentlicht'],
  en: ['posted', 'published'],
  es: ['publicado'],
  fr: ['publié'],
  it: ['pubblicato'],
  nl: ['gepubliceerd'],
};

export const UPDATED_LABELS: Readonly<
  Partial<Record<Lang, { words: readonly string[]; qualifier?: string }>>
> = {
  de: { words: ['aktualisiert', 'bearbeitet', 'geändert'], qualifier: 'zuletzt' },
  en: { words: ['edited', 'modified', 'updated'], qualifier: 'last' },
  es: { words: ['actualizado'] },
  fr: { words: ['mis à jour'] },
};

/**
 * Stems of the markup names of a last-change date (`dateModified`, `class="updated"`, `modification-date`):
 * class names spell them in English whatever the page's language.
 */
export const UPDATED_MARKUP_STEMS: readonly string[] = ['modif', 'updat'];
