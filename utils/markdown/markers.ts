/**
 * Private-use characters that rules put around pieces of output for an enclosing rule (table cells for the
 * table rule, hard breaks for the normaliser). Page text is cleared of them before conversion.
 */
export const CELL_START = '\uE000';
export const CELL_END = '\uE001';
export const CAPTION_START = '\uE002';
export const CAPTION_END = '\uE003';
/** A hard line break; becomes two trailing spaces unless it ends a block. */
export const HARD_BREAK = '\uE004';

export const ANY_MARKER = /[\uE000-\uE004]/g;

/** Block content squeezed onto one line (headings, link text, captions, table cells). */
export function toOneLine(content: string): string {
  return content
    .replace(/\uE004/g, '')
    .replace(/[ \t]*\n[ \t\n]*/g, ' ')
    .trim();
}
