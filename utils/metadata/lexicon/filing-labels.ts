import type { Lang } from './languages';

/**
 * The labels of a filing line at the top of an article, by language, alphabetical: "Kategorie: News",
 * "Ressort: Politik", "Datum: 2. Februar 2022". The published/updated labels (date-labels) file lines too.
 */
export const FILING_LABELS: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  de: ['datum', 'kategorie', 'kategorien', 'ressort', 'rubrik', 'veröffentlichung'],
  en: ['categories', 'category', 'date', 'filed under'],
};
