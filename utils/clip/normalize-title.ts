/** Tags pages put in titles and descriptions (`<b>`, `<img onerror=…>`): text only, never markup. */
const TAG = /<\/?[a-z][^<>]*>/gi;

/** One line, single spaces, no markup: a title from the page's markup is still plain text. */
export function normalizeTitle(title: string): string {
  return normalizeText(title);
}

/** Plain text from a page's metadata value: tags removed, whitespace collapsed. */
export function normalizeText(value: string): string {
  return value.replace(TAG, ' ').replace(/\s+/g, ' ').trim();
}
