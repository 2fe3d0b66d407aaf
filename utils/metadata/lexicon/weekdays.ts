import type { Lang } from './languages';

/** Weekday names by language, lower-case, in week order from Monday (index 0). */
export const WEEKDAY_NAMES: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
};

export const weekdayWords = (langs: readonly Lang[]): string[] =>
  langs.flatMap((l) => WEEKDAY_NAMES[l] ?? []);
