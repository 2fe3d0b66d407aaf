/**
 * Private-use characters that rules put around pieces of output for an enclosing rule (table cells for the
 * table rule, hard breaks for the normaliser) or for the final safety pass (code regions, table breaks).
 * The page can't forge them: `neutralizePageMarkers` strips every private-use character from the page's
 * text and attributes before conversion.
 */
export const CELL_START = '\uE000';
export const CELL_END = '\uE001';
export const CAPTION_START = '\uE002';
export const CAPTION_END = '\uE003';
/** A hard line break; becomes two trailing spaces unless it ends a block. */
export const HARD_BREAK = '\uE004';
/** Around a code span or a fenced code block, delimiters included: the safety pass leaves its text alone. */
export const CODE_START = '\uE005';
export const CODE_END = '\uE006';
/** A line break inside a table cell: the one HTML tag (`<br>`) the converter itself writes. */
export const TABLE_BREAK = '\uE007';

/** The markers the normaliser removes (the safety pass removes the others). */
export const ANY_MARKER = /[\uE000-\uE004]/g;
/** Every character of the Basic Multilingual Plane's private-use area: the page's are removed up front. */
export const PRIVATE_USE = /[\uE000-\uF8FF]/g;

/** Block content squeezed onto one line (headings, link text, captions, table cells). */
export function toOneLine(content: string): string {
  return content
    .replace(/\uE004/g, '')
    .replace(/[ \t]*\n[ \t\n]*/g, ' ')
    .trim();
}
