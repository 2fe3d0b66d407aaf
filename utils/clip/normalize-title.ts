/** One line, single spaces: a title with newlines or tabs from the page's markup is still one title. */
export function normalizeTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}
