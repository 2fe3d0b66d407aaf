import type { Lang } from './languages';

/**
 * How pages label the writer, by language, alphabetical. Chinese labels are data too, but they carry no
 * language tag here: the lexicon's languages are those with month names (Chinese dates are numeric).
 */

/** A word naming the writer, read before the name with a colon or without ("Autor: …", "Author Jane Doe"). */
export const AUTHOR_WORDS: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  de: ['autor', 'autoren', 'autorin', 'verfasser', 'verfasserin'],
  en: ['author', 'authors', 'reporter'],
  fr: ['auteur'],
};

/** A label that credits the text only with a colon ("Text: …", "Redaktion: …"): without one it is prose. */
export const CREDIT_LABELS: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  de: ['redakteur', 'redakteurin', 'redaktion', 'text', 'texte'],
  en: ['text'],
  fr: ['texte'],
};

/** Chinese: author, editor, editor in charge ("作者：", "责任编辑："); always with a colon. */
export const CJK_CREDIT_LABELS: readonly string[] = ['作者', '编辑', '责任编辑'];

/** A phrase that puts the writer's name after it ("Written by", "Verfasst von"), e.g. in a Twitter card label. */
export const WRITTEN_BY: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  de: ['geschrieben von', 'verfasst von'],
  en: ['written by'],
  es: ['escrito por'],
  fr: ['écrit par'],
};

/** Interface words in byline boxes that are no one's name ("Follow", "Teilen", "Kontakt"). */
export const INTERFACE_WORDS: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  de: ['datum', 'folgen', 'kontakt', 'mehr', 'profil', 'teilen'],
  en: ['admin', 'contact', 'date', 'e-mail', 'email', 'follow', 'more', 'profile', 'share'],
};

/** Networks whose names sit beside a byline as follow links; not tagged by language. */
export const SOCIAL_NETWORKS: readonly string[] = ['facebook', 'twitter'];
