import { hasVisibleText } from '../dom/text-nodes';
import { collapsedLength } from '../text/collapse';

/**
 * Readability returns *something* on almost any page. What it returns from a homepage or a search
 * page is mostly links (teasers, results); an article is mostly prose, however short. So: nothing, or
 * link-dense text on a page Readability itself doesn't find readerable, is "no article".
 */
export function looksLikeArticle(content: Element, readerable: boolean): boolean {
  // Read up to the first visible character, not copied whole (`textContent` of a transcript: ~15 ms).
  if (!hasVisibleText(content)) return false;
  if (readerable) return true;
  let linkText = 0;
  for (const a of content.querySelectorAll('a')) linkText += collapsedLength(a.textContent);
  return linkText / collapsedLength(content.textContent) < 0.5;
}
