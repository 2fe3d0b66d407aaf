/**
 * The last resort for a title: words of the address's slug, or its host when the path has none.
 */
/** "https://example.com/news/big-storm-hits-coast.html" → "big storm hits coast". */
export function titleFromUrl(pageUrl: string): string {
  try {
    const url = new URL(pageUrl);
    const slug = url.pathname
      .split('/')
      .filter((part) => /[a-z]/i.test(part))
      .pop();
    const words = decodeURIComponent(slug ?? '')
      .replace(/\.\w{2,5}$/, '')
      .replace(/[-_+]+/g, ' ')
      .trim();
    return words || url.hostname;
  } catch {
    return pageUrl;
  }
}
