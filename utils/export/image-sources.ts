import { rewriteImageLinks } from './image-links';
import { toYamlFrontmatter } from './yaml-frontmatter';

/**
 * The frontmatter key recording where each saved image was downloaded from (local link → address). The post
 * links its local copies, so without it a post read back (a zip import, a pull into a second browser) would
 * keep links that only resolve next to the repository's files: with it, the clip read back is the clip that
 * was exported, and exporting or publishing it again saves the same images under the same names.
 * Blogs ignore it: AstroPaper's schema drops keys it does not know, Hugo and Jekyll keep them as params.
 */
export const IMAGE_SOURCES_KEY = 'imageSources';

const FENCE_END = '\n---\n';

/**
 * `text` (a rendered post, frontmatter between `---` fences) with `imageSources` added as the frontmatter's
 * last key; unchanged when no image was saved.
 */
export function addImageSources(text: string, sources: ReadonlyMap<string, string>): string {
  if (sources.size === 0 || !text.startsWith('---\n')) return text;
  const end = text.indexOf(FENCE_END, 3);
  if (end < 0) return text;
  const yaml = toYamlFrontmatter({ [IMAGE_SOURCES_KEY]: Object.fromEntries(sources) });
  return `${text.slice(0, end + 1)}${yaml}${text.slice(end + 1)}`;
}

/**
 * The local link → address pairs a post's frontmatter records, only those that are a relative link and an
 * http(s) address: the file is untrusted, and an import must not turn a link into another scheme.
 */
export function readImageSources(frontmatter: Record<string, unknown>): Map<string, string> {
  const value = frontmatter[IMAGE_SOURCES_KEY];
  const sources = new Map<string, string>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return sources;
  for (const [link, url] of Object.entries(value)) {
    // No quote, bracket or space: the address goes back into a Markdown link or an `<img src="…">`.
    if (typeof url !== 'string' || !/^https?:\/\/[^\s"'<>\\`]+$/i.test(url)) continue;
    if (/^[a-z][a-z0-9+.-]*:|^\/|^\s*$/i.test(link)) continue;
    sources.set(link, url);
    // The Markdown link encodes spaces (see image-links' markdownPath); match it as written too.
    sources.set(link.replace(/ /g, '%20'), url);
  }
  return sources;
}

/** The body with each recorded local link pointed back at the address its image was saved from. */
export function restoreImageSources(markdown: string, frontmatter: Record<string, unknown>): string {
  const sources = readImageSources(frontmatter);
  return sources.size ? rewriteImageLinks(markdown, sources) : markdown;
}
