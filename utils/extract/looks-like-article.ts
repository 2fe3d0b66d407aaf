import { collapse, collapsedLength } from '../text/collapse';

/**
 * Readability returns *something* on almost any page. What it returns from a homepage or a search
 * page is mostly links (teasers, results); an article is mostly prose, however short. So: nothing, or
 * link-dense text on a page Readability itself doesn't find readerable, is "no article".
 */
export function looksLikeArticle(content: Element, readerable: boolean): boolean {
  const raw = content.textContent ?? '';
  // Collapsed text is empty exactly when nothing but whitespace is there (`\s` and `trim` agree on it).
  if (!/\S/.test(raw)) return false;
  if (readerable) return true;
  const text = collapse(raw);
  let linkText = 0;
  for (const a of content.querySelectorAll('a')) linkText += collapsedLength(a.textContent);
  return linkText / text.length < 0.5;
}
