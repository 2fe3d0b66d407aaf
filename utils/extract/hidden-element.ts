const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Hidden by the page's own markup: `hidden`, `aria-hidden="true"`, or an inline `display: none` /
 * `visibility: hidden` (there is no layout to ask in Node). In the browser, what the page's stylesheets
 * hide is marked `hidden` on the copy before the extraction starts (visible-clone), so this sees it too.
 */
export function isHiddenElement(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}
