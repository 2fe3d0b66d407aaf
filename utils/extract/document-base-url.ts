import { firstBaseHref } from '../metadata/canonical-url';

/**
 * The URL relative links resolve against: the page's `<base href>` (itself resolved against the page
 * URL), else the page URL. Computed instead of read from `doc.baseURI`, which parsed or cloned
 * documents outside a browser tab report as about:blank. `baseHref` is the `<base>` value when the caller
 * already found it (null: the page has none), which saves another pass over the document.
 */
export function documentBaseUrl(
  doc: Document,
  pageUrl: string,
  baseHref: string | null | undefined = firstBaseHref(doc),
): string {
  const base = baseHref?.trim();
  if (!base) return pageUrl;
  try {
    const resolved = new URL(base, pageUrl);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : pageUrl;
  } catch {
    return pageUrl;
  }
}
