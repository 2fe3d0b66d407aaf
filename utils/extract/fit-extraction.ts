import type { PageMetadata } from '../metadata/page-metadata-schema';

const MAX_TAGS = 20;

function absoluteHttp(value: string | null | undefined, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Metadata as the clip schema expects it, whatever the page said: absolute http(s) URLs, a title
 * that is never empty, a bounded list of short tags. The page is untrusted; this keeps a page's odd
 * metadata from failing the whole clip.
 */
export function fitMetadata(meta: PageMetadata, pageUrl: string, markdown: string): PageMetadata {
  const heading = /^#{1,6}\s+(.+)$/m.exec(markdown)?.[1]?.trim();
  const host = URL.canParse(pageUrl) ? new URL(pageUrl).hostname : '';
  return {
    ...meta,
    title: (meta.title.trim() || heading || host || 'Untitled').slice(0, 1000),
    author: meta.author.slice(0, 500),
    description: meta.description.slice(0, 2000),
    canonicalURL: absoluteHttp(meta.canonicalURL, pageUrl) ?? pageUrl,
    ogImage: absoluteHttp(meta.ogImage, pageUrl),
    tags: meta.tags.filter((tag) => tag.length > 0 && tag.length <= 100).slice(0, MAX_TAGS),
    siteName: meta.siteName.slice(0, 300),
    sections: meta.sections?.filter((name) => name.length <= 300).slice(0, 30),
    siteNames: meta.siteNames?.filter((name) => name.length <= 300).slice(0, 10),
    lang: meta.lang.slice(0, 50),
  };
}
