/**
 * Metadata often states the publication time in UTC ("2022-05-04T02:41:00Z") while the page prints it in its
 * own zone ("3 de mayo de 2022, 22:41"): the same moment, a day apart. The day a reader of the page sees is
 * the printed one, so it names the clip's day; the metadata keeps the exact instant.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Real time zones lie between UTC−12 and UTC+14, in steps of a quarter hour. */
const WEST = -12 * HOUR;
const EAST = 14 * HOUR;
const QUARTER = 15 * MINUTE;

/** The wall-clock time a stated date shows, read as if it were UTC (its zone ignored). */
const wallClock = (stated: string): number => Date.parse(`${stated.slice(0, 19)}Z`);
/** Dates without a time of day are parsed to midnight. */
const hasTime = (stated: string): boolean => stated.slice(11, 19) !== '00:00:00';
const toMinute = (ms: number): number => Math.floor(ms / MINUTE) * MINUTE;

/**
 * Whether a printed time of day (read as wall-clock time) is the stated instant in some real zone: the clocks
 * differ by whole quarter hours within a zone's range, seconds the page does not print aside.
 */
export function sameMoment(instant: string, printed: string): boolean {
  if (!hasTime(printed)) return false;
  const offset = toMinute(wallClock(printed)) - toMinute(Date.parse(instant));
  return offset >= WEST && offset <= EAST && offset % QUARTER === 0;
}

/**
 * The printed day, when it differs from the UTC-stated metadata date's day and could be that same moment in a
 * real time zone: with a time of day, the two clocks differ by whole quarter hours within a zone's range; with
 * a date only, some zone puts the moment on that day. Otherwise undefined.
 */
export function printedDay(metadata: string, printed: string): string | undefined {
  if (!metadata.endsWith('Z')) return undefined;
  const day = printed.slice(0, 10);
  if (day === metadata.slice(0, 10)) return undefined;
  if (hasTime(printed)) return sameMoment(metadata, printed) ? day : undefined;
  const moment = Date.parse(metadata);
  const start = Date.parse(`${day}T00:00:00Z`);
  // Some zone's offset moves the moment into [start, start + 24 h).
  return moment + EAST >= start && moment + WEST < start + 24 * HOUR ? day : undefined;
}
