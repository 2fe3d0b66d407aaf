import { parseDate } from './parse-date';

/**
 * A publication date spelled in the address ("/2024/01/26/slug", "/2024-01-26-slug", "/20240126/",
 * "/meldungen/26-01-2024"): many blogs and news sites put it there, and it is the date the article went up.
 * Year and month alone are not a date.
 */
const DATED_PATH = /\/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;
const COMPACT_PATH = /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;
/** Day first, as a path segment of its own or opening one: the European order news sites write. */
const DAY_FIRST_PATH = /\/(0?[1-9]|[12]\d|3[01])[_-](0?[1-9]|1[0-2])[_-]((?:19|20)\d{2})(?=[/_.-]|$)/;

export function dateFromUrl(pageUrl: string): string | null {
  let path: string;
  try {
    path = new URL(pageUrl).pathname;
  } catch {
    return null;
  }
  const m = DATED_PATH.exec(path) ?? COMPACT_PATH.exec(path);
  const dmy = m ? null : DAY_FIRST_PATH.exec(path);
  const [year, month, day] = m ? [m[1], m[2], m[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!year) return null;
  return parseDate(`${year}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`);
}
