/** The languages the lexicon knows, as ISO 639-1 codes; every entry is tagged with one of them. */
export const LANGS = ['da', 'de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'no', 'pl', 'pt', 'sv'] as const;
export type Lang = (typeof LANGS)[number];
