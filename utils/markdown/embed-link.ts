/**
 * Maps an embed's URL (an iframe player, an embedded post) to the page a reader would open, with a label
 * naming what it is ("Video: YouTube"), for embed-markdown to write as a link.
 */

export interface EmbedLink {
  /** "Video: YouTube", "Post: X"… */
  label: string;
  url: string;
}

type Matcher = (url: URL) => EmbedLink | null;

const host = (url: URL): string => url.hostname.replace(/^(www|m|mobile)\./, '');
const param = (url: URL, name: string): string | null => url.searchParams.get(name);

/** A URL from a query parameter, only when it is http(s). */
function httpParam(url: URL, name: string): string | null {
  const value = param(url, name);
  if (!value) return null;
  try {
    const inner = new URL(value);
    return inner.protocol === 'http:' || inner.protocol === 'https:' ? inner.href : null;
  } catch {
    return null;
  }
}

const MATCHERS: Matcher[] = [
  (u) => {
    const h = host(u);
    if (!/(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be)$/.test(h)) return null;
    const id =
      h === 'youtu.be'
        ? u.pathname.slice(1)
        : (/^\/(?:embed|v|shorts)\/([\w-]+)/.exec(u.pathname)?.[1] ?? param(u, 'v'));
    return id && /^[\w-]+$/.test(id)
      ? { label: 'Video: YouTube', url: `https://www.youtube.com/watch?v=${id}` }
      : { label: 'Video: YouTube', url: u.href };
  },
  (u) => {
    if (!/(^|\.)vimeo\.com$/.test(host(u))) return null;
    const id = /\/video\/(\d+)/.exec(u.pathname)?.[1];
    return { label: 'Video: Vimeo', url: id ? `https://vimeo.com/${id}` : u.href };
  },
  (u) => {
    if (!/(^|\.)dailymotion\.com$/.test(host(u))) return null;
    const id = /\/embed\/video\/(\w+)/.exec(u.pathname)?.[1] ?? param(u, 'video');
    return { label: 'Video: Dailymotion', url: id ? `https://www.dailymotion.com/video/${id}` : u.href };
  },
  (u) => {
    if (!/(^|\.)(twitter\.com|x\.com)$/.test(host(u))) return null;
    const id = param(u, 'id') ?? /\/status(?:es)?\/(\d+)/.exec(u.pathname)?.[1];
    return { label: 'Post: X', url: id && /^\d+$/.test(id) ? `https://x.com/i/status/${id}` : u.href };
  },
  (u) => {
    if (!/(^|\.)instagram\.com$/.test(host(u))) return null;
    const path = /^\/(p|reel|tv)\/([\w-]+)/.exec(u.pathname);
    return {
      label: 'Post: Instagram',
      url: path ? `https://www.instagram.com/${path[1]}/${path[2]}/` : u.href,
    };
  },
  (u) => (/(^|\.)tiktok\.com$/.test(host(u)) ? { label: 'Video: TikTok', url: u.href } : null),
  (u) => {
    if (!/(^|\.)spotify\.com$/.test(host(u))) return null;
    return {
      label: 'Audio: Spotify',
      url: `https://open.spotify.com${u.pathname.replace(/^\/embed(-podcast)?/, '')}`,
    };
  },
  (u) => {
    if (!/(^|\.)soundcloud\.com$/.test(host(u))) return null;
    return { label: 'Audio: SoundCloud', url: httpParam(u, 'url') ?? u.href };
  },
  (u) => {
    if (!/(^|\.)facebook\.com$/.test(host(u))) return null;
    const kind = /video/.test(u.pathname) ? 'Video' : 'Post';
    return { label: `${kind}: Facebook`, url: httpParam(u, 'href') ?? u.href };
  },
  (u) =>
    /(^|\.)google\.[a-z.]+$/.test(host(u)) && /\/maps/.test(u.pathname)
      ? { label: 'Map: Google Maps', url: u.href }
      : null,
];

/** The link for an embed URL (already absolute and http(s)); `kind` labels unknown providers. */
export function embedLink(src: string, kind: string): EmbedLink {
  const url = new URL(src);
  for (const match of MATCHERS) {
    const link = match(url);
    if (link) return link;
  }
  return { label: `${kind}: ${host(url)}`, url: url.href };
}
