/**
 * A time printed without a zone ("2024-01-26T07:30:00", "26.01.2024, 07:30 Uhr") is the page's local time,
 * not UTC: read as UTC, a Berlin 07:30 is stored an hour late. When another date on the same page states its
 * offset ("2024-01-26T09:12:00+01:00" in article:modified_time), that offset is the page's zone, and the
 * zoneless time is restated in it. With no such date the value stays as read (UTC), as before.
 */

/** A time of day in the value. */
const TIME = /\d{1,2}[:.h]\d{2}/;
/** A zone right after a time of day: "Z", "UTC", "GMT", "+01:00", "-0500". */
const ZONE = /\d{1,2}[:.h]\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:uhr\s*)?(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})/i;
/** An explicit non-zero offset at the end of an ISO value. */
const OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?([+-])(\d{2}):?(\d{2})$/;

import { parseStatedDate } from './parse-date';

/** Has a time of day and names no zone. */
export const isFloating = (raw: string): boolean =>
  TIME.test(raw) && !ZONE.test(raw) && !/^\d{9,13}$/.test(raw);

/** The offset in minutes the first value that states one (other than UTC) gives, or null. */
export function pageOffset(raws: readonly (string | undefined)[]): number | null {
  for (const raw of raws) {
    const m = raw ? OFFSET.exec(raw.trim()) : null;
    if (!m) continue;
    const minutes = Number(m[2]) * 60 + Number(m[3]);
    if (minutes > 0 && minutes <= 14 * 60) return m[1] === '-' ? -minutes : minutes;
  }
  return null;
}

/** A stated value read as UTC ("…T07:30:00Z") put in the page's zone: the same wall time, "+01:00". */
export function inZone(stated: string, offsetMin: number): string {
  if (!stated.endsWith('Z')) return stated;
  const abs = Math.abs(offsetMin);
  const zone = `${offsetMin < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${stated.slice(0, -1)}${zone}`;
}

/** A date as stated; a time of day without a zone is put in the page's zone (`offset`) when there is one. */
export function parseInZone(raw: string | null | undefined, offset: number | null): string | null {
  const value = parseStatedDate(raw);
  return value && raw && offset !== null && isFloating(raw) ? inZone(value, offset) : value;
}
