import { collapse } from '../text/collapse';

/**
 * URL resolution for links and images: absolute against the page's base URL, and only schemes that can't
 * run code (a `javascript:` link in a clip would run when the Markdown is rendered and clicked).
 */

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const MEDIA_SCHEMES = new Set(['http:', 'https:']);

export type UrlKind = 'link' | 'media';

/** Absolute, allowed URL, or null when the attribute is missing, unparsable or has a disallowed scheme. */
export function safeUrl(
  raw: string | null | undefined,
  baseUrl: string,
  kind: UrlKind = 'link',
): string | null {
  if (raw == null) return null;
  const value = raw.trim();
  if (!value) return null;
  let url: URL;
  try {
    // The URL parser strips controls and whitespace the way browsers do, so `java\tscript:` is caught too.
    url = new URL(value, baseUrl || undefined);
  } catch {
    return null;
  }
  return (kind === 'link' ? LINK_SCHEMES : MEDIA_SCHEMES).has(url.protocol) ? url.href : null;
}

/**
 * Escapes a URL for a Markdown link destination: parentheses and brackets (a reader that pairs them
 * differently would end the link early and read the rest as Markdown), spaces and angle brackets, and an
 * `&` that starts a character reference: CommonMark decodes references in a destination, so a host or path
 * spelled `&lt;/` would render as `</` (the `&` itself is kept, as `&amp;`, which decodes back to it).
 */
export function markdownDestination(url: string): string {
  return url
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, '&amp;')
    .replace(/[()[\]\\]/g, '\\$&')
    .replace(/ /g, '%20')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E');
}

/**
 * A link title in double quotes, or '' (newlines collapsed). Every ASCII punctuation character is
 * backslash-escaped: a title is text, and a reader that failed to see it as a title would otherwise read a
 * link or a code span in it.
 */
export function markdownTitle(title: string | null | undefined): string {
  const text = collapse(title);
  return text ? ` "${text.replace(/[!-/:-@[-`{-~]/g, '\\$&')}"` : '';
}
