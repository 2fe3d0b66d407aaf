import { firstBaseHref } from '../metadata/canonical-url';

/**
 * The URL relative links resolve against: the page's `<base href>` (itself resolved against the page
 * URL), else the page URL. Computed instead of read from `doc.baseURI`, which parsed or cloned
 * documents outside a browser tab report as about:blank.
 */
export function documentBaseUrl(doc: Document, pageUrl: string): string {
  const base = firstBaseHref(doc)?.trim();
  if (!base) return pageUrl;
  try {
    const resolved = new URL(base, pageUrl);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : pageUrl;
  } catch {
    return pageUrl;
  }
}
