/**
 * Finds the images a post references and points them at local copies. Pure (no network), so the same
 * post and the same downloads always give the same text and the same file names.
 */

/**
 * `![alt](url "title")` as the Markdown converter writes it: alt with backslash escapes, a destination
 * with `(`/`)` escaped and spaces encoded (or in `<…>`), an optional quoted title.
 */
const MARKDOWN_IMAGE =
  /(!\[(?:\\.|[^\]\\])*\]\()(<[^<>\n]+>|(?:\\.|[^\s()\\])+)((?:\s+"(?:\\.|[^"\\])*")?\))/g;
/** Raw `<img src="…">` HTML that survived conversion (e.g. inside a pasted HTML block). */
const HTML_IMAGE = /(<img\b[^>]*?\bsrc\s*=\s*)(["'])([^"']*)\2/gi;

const MIME_EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'image/bmp': 'bmp',
  'image/x-icon': 'ico',
  'image/vnd.microsoft.icon': 'ico',
};
const KNOWN_EXTENSIONS = new Set([...Object.values(MIME_EXTENSIONS), 'jpeg', 'tif', 'tiff']);

function destinationUrl(raw: string): string {
  const bare = raw.startsWith('<') ? raw.slice(1, -1) : raw;
  return bare.replace(/\\([()])/g, '$1');
}

const isHttp = (url: string) => /^https?:\/\//i.test(url);

/** Every distinct http(s) image URL of a post, in order of first appearance. */
export function findImageUrls(markdown: string): string[] {
  const urls = new Set<string>();
  for (const match of markdown.matchAll(MARKDOWN_IMAGE)) urls.add(destinationUrl(match[2] ?? ''));
  for (const match of markdown.matchAll(HTML_IMAGE)) urls.add(decodeAmpersands(match[3] ?? ''));
  return [...urls].filter(isHttp);
}

/** HTML attribute values may encode `&` as `&amp;`; the URL that was fetched is the decoded one. */
function decodeAmpersands(value: string): string {
  return value.replace(/&amp;/gi, '&');
}

/**
 * `<n>-<name>.<ext>`: n (1-based, the image's order in the post) keeps names unique and stable; the name is
 * the URL's last path segment reduced to safe ASCII, so the file stays recognizable but valid on every OS.
 */
export function imageFileName(index: number, url: string, contentType = ''): string {
  const segment = lastPathSegment(url);
  const dot = segment.lastIndexOf('.');
  const urlExt = dot > 0 ? segment.slice(dot + 1).toLowerCase() : '';
  const stem = (dot > 0 ? segment.slice(0, dot) : segment)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  const mime = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  // The server's type wins over the URL: `photo.php?id=3` is still a JPEG.
  const ext = MIME_EXTENSIONS[mime] ?? (KNOWN_EXTENSIONS.has(urlExt) ? urlExt : 'img');
  return `${index}-${stem || 'image'}.${ext}`;
}

/** The URL's file name, decoded; '' for a malformed URL or escape. */
function lastPathSegment(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    return '';
  }
}

/** Encodes what a Markdown destination can't hold literally (the names above only need spaces covered). */
function markdownPath(path: string): string {
  return path.replace(/ /g, '%20').replace(/[()]/g, '\\$&');
}

/** Replaces each image URL found in `local` (absolute URL → relative path); others stay as they were. */
export function rewriteImageLinks(markdown: string, local: ReadonlyMap<string, string>): string {
  return markdown
    .replace(MARKDOWN_IMAGE, (whole, open: string, dest: string, close: string) => {
      const path = local.get(destinationUrl(dest));
      return path === undefined ? whole : `${open}${markdownPath(path)}${close}`;
    })
    .replace(HTML_IMAGE, (whole, open: string, quote: string, src: string) => {
      const path = local.get(decodeAmpersands(src));
      return path === undefined ? whole : `${open}${quote}${path}${quote}`;
    });
}
