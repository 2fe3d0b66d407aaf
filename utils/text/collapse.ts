/** Whitespace runs as one space, trimmed: text as a reader sees it, for comparing and measuring. */
export const collapse = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
