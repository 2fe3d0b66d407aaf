import type { Clip } from '../clip-schema';

type AttributionFacts = Pick<Clip, 'siteName' | 'pubDatetime' | 'canonicalURL'>;

const PLACEHOLDER = /\{(site|date|url)\}/g;
/** The ASCII punctuation Markdown or inline HTML could act on; a site name is text, never markup. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#!|~&]/g;

function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, '\\$&');
}

function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function hostname(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** The site as written in the line: one line of text, the host when the clip has no site name. */
function siteText(clip: AttributionFacts): string {
  return escapeMarkdown(clip.siteName.replace(/\s+/g, ' ').trim() || hostname(clip.canonicalURL));
}

/** An autolink `<https://…>` when the URL allows it (no spaces or angle brackets), else escaped text. */
function urlText(url: string): string {
  return /^[^\s<>]+$/.test(url) ? `<${url}>` : escapeMarkdown(url);
}

function dateText(pubDatetime: string): string {
  return pubDatetime.slice(0, 10);
}

/** The source line of a post: the template with `{site}`, `{date}` (YYYY-MM-DD) and `{url}` filled in. */
export function attributionLine(clip: AttributionFacts, template: string): string {
  return template.replace(PLACEHOLDER, (_, name: string) =>
    name === 'site'
      ? siteText(clip)
      : name === 'date'
        ? dateText(clip.pubDatetime)
        : urlText(clip.canonicalURL),
  );
}

/**
 * Takes the source line written by `attributionLine` off the end of a body. It must be the last line and
 * name this post's date and URL exactly, so a line that merely looks alike is left in the text. Returns the
 * body without it and the site name it gives (the only place most profiles carry the site), unless that
 * is just the URL's host.
 */
export function stripAttribution(
  body: string,
  facts: Partial<Pick<Clip, 'pubDatetime' | 'canonicalURL'>>,
  template: string,
): { body: string; siteName?: string } {
  const trimmed = body.replace(/\s+$/, '');
  const lastLineStart = trimmed.lastIndexOf('\n') + 1;
  const lastLine = trimmed.slice(lastLineStart);
  let siteGroup = false;
  let pattern = '';
  let failed = false;
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    pattern += escapeRegExp(template.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[1] === 'site') {
      pattern += siteGroup ? '\\1' : '(.+)';
      siteGroup = true;
    } else if (match[1] === 'date') {
      if (!facts.pubDatetime) failed = true;
      pattern += escapeRegExp(dateText(facts.pubDatetime ?? ''));
    } else {
      if (!facts.canonicalURL) failed = true;
      pattern += escapeRegExp(urlText(facts.canonicalURL ?? ''));
    }
  }
  pattern += escapeRegExp(template.slice(last));
  const found = failed ? null : new RegExp(`^${pattern}$`).exec(lastLine);
  if (!found) return { body };
  const rest = trimmed.slice(0, lastLineStart);
  const site = found[1] === undefined ? undefined : unescapeMarkdown(found[1]);
  // The host stands in for a missing site name: reading it back as the name would change the author
  // AstroPaper falls back to, and the file would not come out the same again.
  const isHost = facts.canonicalURL !== undefined && site === hostname(facts.canonicalURL);
  return { body: rest, ...(site !== undefined && !isHost ? { siteName: site } : {}) };
}
