import type { Clip } from '../../clip-schema';
import { publishedDay } from '../../published-day';

/**
 * A published time without zone, on the day the page states (the day the file name and the source line
 * show): "2018-12-22 00:30:00" with `separator` " " (Jekyll), "2018-12-22T00:30:00" with "T" (Obsidian).
 * Its clock is the UTC one; when the page's day isn't the UTC day, it is the nearest time on the page's
 * day (its first or last second), as the page's zone isn't kept. Read back as UTC (readDate), it is the
 * instant itself whenever the two days agree.
 */
export function timeOnPageDay(clip: Pick<Clip, 'pubDatetime' | 'pubDay'>, separator: ' ' | 'T'): string {
  const day = publishedDay(clip);
  const utcDay = clip.pubDatetime.slice(0, 10);
  const time = day === utcDay ? clip.pubDatetime.slice(11, 19) : day > utcDay ? '00:00:00' : '23:59:59';
  return `${day}${separator}${time}`;
}

/** An ISO-UTC instant as a time without zone on the UTC clock: "2024-03-01T00:00:00". */
export const zonelessUtc = (instant: string): string => instant.slice(0, 19);
