import { collapse } from '../text/collapse';
import { looseText } from '../text/loose-text';

/**
 * Removes the site name a title carries ("Headline | Site", "Site - Headline", "Headline :: Site"). A part is
 * cut only when it is recognisably the site (matches the site name or the host) or when the page's headline
 * (h1) equals what is left; a title with a genuine "A: B" or "A - B" survives, and the result is never empty.
 */
export interface TitleContext {
  siteName?: string;
  /** Host of the page, e.g. "www.example-news.com". */
  host?: string;
  /** The page's other titles (h1 text, og:title, JSON-LD headline): a part equal to one of them is the title. */
  references?: readonly string[];
}

const SEPARATOR = /\s+(?:[-–—·•»«›‹~/\\]|::)\s+|\s*\|\s*|\s+[–—]\s*/g;

function splitParts(title: string): { parts: string[]; seps: string[] } {
  const parts: string[] = [];
  const seps: string[] = [];
  let last = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    parts.push(title.slice(last, m.index));
    seps.push(m[0]);
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push(title.slice(last));
  return { parts, seps };
}

function join(parts: string[], seps: string[], from: number, to: number): string {
  let out = parts[from] ?? '';
  for (let i = from + 1; i < to; i++) out += (seps[i - 1] ?? ' ') + (parts[i] ?? '');
  return out.trim();
}

/** Does this title part name the site ("Example News", "example-news.com", "EXAMPLE")? */
function isSitePart(part: string, ctx: TitleContext): boolean {
  const p = looseText(part);
  if (!p) return false;
  const site = looseText(ctx.siteName ?? '');
  if (
    site &&
    (p === site || (p.length >= 4 && site.includes(p)) || (site.length >= 4 && p.startsWith(site)))
  ) {
    return true;
  }
  const host = (ctx.host ?? '').toLowerCase().replace(/^www\d?\./, '');
  if (!host) return false;
  const compact = p.replace(/\s+/g, '');
  const hostName = host.replace(/\.[a-z]+$/, '').replace(/[^a-z0-9]/g, '');
  return (
    compact === host.replace(/[^a-z0-9]/g, '') ||
    (compact.length >= 3 && hostName.includes(compact)) ||
    (hostName.length >= 4 && compact.includes(hostName) && compact.length - hostName.length <= 10)
  );
}

/** Returns the title with a recognised site-name prefix/suffix removed, or the title unchanged. */
export function cleanTitle(raw: string, ctx: TitleContext = {}): string {
  const title = collapse(raw);
  const { parts, seps } = splitParts(title);
  if (parts.length < 2) return stripSitePrefix(title, ctx);
  const references = new Set((ctx.references ?? []).map(looseText).filter((r) => r.length > 0));
  // Another title of the page equals a run of leading or trailing parts: that run is the real title.
  if (references.size) {
    for (let cut = parts.length - 1; cut >= 1; cut--) {
      const head = join(parts, seps, 0, cut);
      if (references.has(looseText(head))) return head;
      const tail = join(parts, seps, parts.length - cut, parts.length);
      if (references.has(looseText(tail))) return tail;
    }
  }
  let from = 0;
  let to = parts.length;
  while (to - from > 1 && isSitePart(parts[to - 1] ?? '', ctx)) to--;
  while (to - from > 1 && isSitePart(parts[from] ?? '', ctx)) from++;
  const cleaned = stripSitePrefix(join(parts, seps, from, to), ctx);
  return cleaned || title;
}

/** "Site: Headline" only when the part before the colon is the site name itself. */
function stripSitePrefix(title: string, ctx: TitleContext): string {
  const m = /^([^:]{2,40}):\s+(.+)$/.exec(title);
  if (m?.[1] && m[2] && ctx.siteName && looseText(m[1]) === looseText(ctx.siteName)) return m[2];
  return title;
}
