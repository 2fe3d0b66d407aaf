import type { Clip } from '../../clip-schema';
import { publishedDay } from '../../published-day';

/** Jekyll's post date as written: a local time without zone, "2018-12-22 00:30:00". */
export const JEKYLL_DATE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/**
 * A post's `date` for Jekyll, on the day its file name states. Jekyll builds the URL's day from `date` in
 * the site's time zone: an instant (`…Z`) lands on another day than the file name's wherever the zones
 * differ (`2018-12-22-x.md` served at /2018/12/21/). A time without zone is read in the site's zone, so
 * its day is the one written, on every site. (Quoted, as a string: Ruby's YAML would read a bare one as
 * UTC.) The clock is the UTC one; when the page's own day differs from the UTC day, the time is the
 * nearest one on the page's day (its first or last second), as its zone isn't kept.
 */
export function jekyllDate(clip: Pick<Clip, 'pubDatetime' | 'pubDay'>): string {
  const day = publishedDay(clip);
  const utcDay = clip.pubDatetime.slice(0, 10);
  const time = day === utcDay ? clip.pubDatetime.slice(11, 19) : day > utcDay ? '00:00:00' : '23:59:59';
  return `${day} ${time}`;
}
