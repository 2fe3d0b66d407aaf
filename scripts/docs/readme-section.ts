export const SOURCE_TABLE_START = '<!-- metadata-sources:start (generated: npm run docs:sources) -->';
export const SOURCE_TABLE_END = '<!-- metadata-sources:end -->';

/** `text` with what lies between the two markers replaced by `body`. */
export function replaceBetween(text: string, start: string, end: string, body: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} section`);
  return `${text.slice(0, from + start.length)}\n\n${body}\n\n${text.slice(to)}`;
}

/** What lies between the markers, or null. */
export function sectionBetween(text: string, start: string, end: string): string | null {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  return from < 0 || to < from ? null : text.slice(from + start.length, to);
}
