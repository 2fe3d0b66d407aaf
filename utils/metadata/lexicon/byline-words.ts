import type { Lang } from './languages';

/**
 * The word that puts a writer's name after it ("By Jane Doe", "Von Max Muster", "Door Jan de Vries"), by
 * language, alphabetical. Rules pick languages: Italian "di" also opens surnames ("Di Maio"), so only the
 * line-removal rule, which also needs the article's known author on the line, reads it.
 */
export const BYLINE_WORDS: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  da: ['af'],
  de: ['von'],
  en: ['by'],
  es: ['por'],
  fr: ['par'],
  it: ['di'],
  nl: ['door'],
  no: ['av'],
  pt: ['por'],
  sv: ['av'],
};

export const bylineWords = (langs: readonly Lang[]): string[] => langs.flatMap((l) => BYLINE_WORDS[l] ?? []);
