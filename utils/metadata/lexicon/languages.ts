/** The languages the lexicon knows, as ISO 639-1 codes; every entry is tagged with one of them. */
export const LANGS = ['da', 'de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'no', 'pl', 'pt', 'sv'] as const;
export type Lang = (typeof LANGS)[number];

/** Every word of a by-language word list, all languages together. */
export const wordsOf = (data: Readonly<Partial<Record<Lang, readonly string[]>>>): string[] =>
  Object.values(data).flat();
