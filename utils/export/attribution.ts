import type { Clip } from '../clip-schema';
import { collapse } from '../text/collapse';
import { publishedDay } from '../published-day';

type AttributionFacts = Pick<Clip, 'siteName' | 'pubDatetime' | 'pubDay' | 'canonicalURL'> &
  Partial<Pick<Clip, 'pubDatetimeIsClipTime'>>;

/**
 * What `{date}` says for a page that stated no date: the frontmatter still needs a date (the clip time
 * stands in), but the post must not tell its readers the story appeared that day. Read back by an import,
 * it makes the clip undated again.
 */
export const UNSTATED_DATE = 'an unstated date';

const PLACEHOLDER = /\{(site|date|url)\}/g;
/**
 * The ASCII punctuation Markdown or inline HTML could act on, and braces (Hugo and Liquid templates open
 * with `{{` / `{%`); a site name is text, never markup.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#!|~&{}]/g;

function escapeMarkdown(text: string): string {
  // An escaped `{` still opens a Liquid tag with the `%` after it.
  return text.replace(MARKDOWN_SPECIAL, '\\$&').replace(/\\\{%/g, '\\{\\%');
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
  return escapeMarkdown(collapse(clip.siteName) || hostname(clip.canonicalURL));
}

/** An autolink `<https://…>` when the URL allows it (no spaces or angle brackets), else escaped text. */
function urlText(url: string): string {
  return /^[^\s<>]+$/.test(url) ? `<${url}>` : escapeMarkdown(url);
}

/** The published day as the page states it (UTC's day for clips that don't know it). */
const dateText = publishedDay;

/**
 * The days a line may give for a UTC time: its own, or one either side (the page's zone moves it by one at
 * most). Only YYYY-MM-DD days: the day after 9999-12-31 is "+010000-01-01", which no line can carry.
 */
function daysAround(pubDatetime: string): string[] {
  const t = Date.parse(pubDatetime.slice(0, 10));
  if (Number.isNaN(t)) return [];
  return [0, -1, 1]
    .map((d) => new Date(t + d * 86_400_000))
    .filter((day) => !Number.isNaN(day.getTime()))
    .map((day) => day.toISOString().slice(0, 10))
    .filter((day) => /^\d{4}-\d{2}-\d{2}$/.test(day));
}

/** The source line of a post: the template with `{site}`, `{date}` (YYYY-MM-DD) and `{url}` filled in. */
export function attributionLine(clip: AttributionFacts, template: string): string {
  return template.replace(PLACEHOLDER, (_, name: string) =>
    name === 'site'
      ? siteText(clip)
      : name === 'date'
        ? clip.pubDatetimeIsClipTime
          ? UNSTATED_DATE
          : dateText(clip)
        : urlText(clip.canonicalURL),
  );
}

/**
 * Takes the source line written by `attributionLine` off the end of a body. It must be the last line and
 * name this post's date (its UTC day or, as the page stated it, a day either side) and URL exactly, so a line
 * that merely looks alike is left in the text. Returns the body without it, the site name it gives (the only
 * place most profiles carry the site) unless that is just the URL's host, and the day it gives.
 */
export function stripAttribution(
  body: string,
  facts: Partial<Pick<Clip, 'pubDatetime' | 'canonicalURL'>>,
  template: string,
): { body: string; siteName?: string; pubDay?: string; undated?: true } {
  const trimmed = body.replace(/\s+$/, '');
  const lastLineStart = trimmed.lastIndexOf('\n') + 1;
  const lastLine = trimmed.slice(lastLineStart);
  let siteGroup = false;
  let dateGroup = false;
  let pattern = '';
  let failed = false;
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    pattern += escapeRegExp(template.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[1] === 'site') {
      pattern += siteGroup ? '\\k<site>' : '(?<site>.+)';
      siteGroup = true;
    } else if (match[1] === 'date') {
      const days = facts.pubDatetime ? daysAround(facts.pubDatetime) : [];
      if (!days.length) failed = true;
      pattern += dateGroup ? '\\k<day>' : `(?<day>${[...days, UNSTATED_DATE].map(escapeRegExp).join('|')})`;
      dateGroup = true;
    } else {
      if (!facts.canonicalURL) failed = true;
      pattern += escapeRegExp(urlText(facts.canonicalURL ?? ''));
    }
  }
  pattern += escapeRegExp(template.slice(last));
  const found = failed ? null : new RegExp(`^${pattern}$`).exec(lastLine);
  if (!found) return { body };
  const rest = trimmed.slice(0, lastLineStart);
  const site = found.groups?.site === undefined ? undefined : unescapeMarkdown(found.groups.site);
  // The host stands in for a missing site name: reading it back as the name would change the author
  // AstroPaper falls back to, and the file would not come out the same again.
  const isHost = facts.canonicalURL !== undefined && site === hostname(facts.canonicalURL);
  const day = found.groups?.day;
  return {
    body: rest,
    ...(site !== undefined && !isHost ? { siteName: site } : {}),
    ...(day === UNSTATED_DATE ? { undated: true as const } : day !== undefined ? { pubDay: day } : {}),
  };
}
