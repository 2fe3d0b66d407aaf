import { parseDate } from './parse-date';

/**
 * A publication date spelled in the address ("/2024/01/26/slug", "/2024-01-26-slug", "/20240126/"): many
 * blogs and news sites put it there, and it is the date the article went up. Year and month alone are not a date.
 */
const DATED_PATH = /\/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;
const COMPACT_PATH = /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

export function dateFromUrl(pageUrl: string): string | null {
  let path: string;
  try {
    path = new URL(pageUrl).pathname;
  } catch {
    return null;
  }
  const m = DATED_PATH.exec(path) ?? COMPACT_PATH.exec(path);
  if (!m) return null;
  return parseDate(`${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`);
}
