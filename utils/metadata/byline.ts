import { collapse, splitAround, inNoiseBox, type Headline } from './find-headline';

/**
 * Author names from the page itself: `[rel=author]`, `[itemprop=author]`, `.byline`, `.author`… near the
 * headline first, then anywhere; failing those, a short "By A and B" / "Von A und B" line after the h1.
 */

/** Specific selectors first: a `.byline` block often wraps a `[rel=author]` link plus date noise. */
const SELECTORS = [
  '[itemprop~="author"] [itemprop~="name"]',
  '[rel~="author"]',
  'a[href*="/author/" i], a[href*="/autor/" i], a[href*="/autoren/" i], a[href*="/authors/" i], a[href*="/auteur/" i]',
  '[itemprop~="author"]',
  '.author-name, .author_name, .authorName, .byline__name, .byline-name, .entry-author-name, .author .fn, .vcard .fn',
  '.byline, .byLine, .article-byline, .post-author, .entry-author, .meta-author, .posted-by, .author',
  '[class*="byline" i], [data-testid*="byline" i], [class*="author" i]',
];

/** "By", "Von", "Posted on 3 May 2020 by", "Ein Artikel von", "Text:", "Autor:" … before the names. */
const PREFIX =
  /^(?:(?:posted|written|published|reported|erstellt|verfasst|geschrieben|veröffentlicht|ein artikel|artikel|beitrag|blog ?beitrag|gastbeitrag|kommentar|text|story|words|photos?|interview|publié|escrito|publicado)\b[^:|]{0,40}?\s(?:by|von|par|por|de)\b|(?:(?:fotos?|photos?|bilder)\s*(?:,|und|&|and)\s*)?(?:text|interview|recherche)(?:\s*(?:,|und|&|and)\s*(?:text|interview|fotos?|photos?|bilder|illustrations?))*\s*:|(?:by|von|par|por|door|av|af|beitragvon)\b|(?:beitragvon|autor(?:in)?|author|auteur|text|redakteur(?:in)?|artikel von)\s*:|autor(?:in)?\b|author\b|auteur\b)\s*[:\-–]?\s*/i;
/** "ByJane Doe": textContent runs a "By" label into the linked name. */
const GLUED_BY = /^By(?=\p{Lu})/u;
/** Interface words that sit in byline boxes but are no one's name. */
const NOT_NAMES =
  /^(?:follow|folgen|share|teilen|mehr|more|autor|author|von|by|admin|profile?|kontakt|datum|date|contact|email|e-mail|twitter|facebook)$/i;

/** Where a byline's name part ends: separators, dates, weekdays, "Updated", "Stand:", read-time notes. */
const TAIL =
  /\s*(?:[|•·»]|\s[-–—]\s|\b(?:updated|published|posted|aktualisiert|veröffentlicht|erschienen)\b|\bstand\b\s*:?\s*\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\b\d{1,2}\.?\s+(?:jan|feb|mar|mär|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d+\s+(?:min|minutes?|minuten)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b)/iu;
/** Lower-case "on"/"am"/"le" + date or capital ("on Monday", "am 25.08."); case matters: "Loïc Le Clerc" is a name. */
const TAIL_WORD =
  /\s(?:am|on|le|el|il|op|um|at|vor|hace|il y a)(?=\s+[\p{Lu}\d]|$)|\s(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?(?=\s+\d|$)|\s\p{L}+\s?:(?:\s|$)/u;
const SPLIT = /\s*(?:,|;|\s&\s|\s+(?:and|und|et|y|e|en|og|och)\s+)\s*/i;

export const isUrl = (s: string): boolean =>
  /^(?:https?:)?\/\/|^www\.[^\s]+\.[a-z]{2,}\/|^[^\s@]+@[^\s@]+\.[a-z]+$/i.test(s.trim());

/**
 * Cleans one byline string into names: "By Jane Doe and John Roe | Updated 3 Jan" → ["Jane Doe", "John Roe"].
 * URLs, e-mail addresses and implausibly long fragments are not names and are dropped.
 */
export function splitByline(raw: string): string[] {
  let s = collapse(raw).replace(GLUED_BY, '').replace(PREFIX, '');
  // A line that starts with its date or "Stand:" has no name before it.
  for (const re of [TAIL, TAIL_WORD]) {
    const tail = re.exec(s);
    if (tail) s = s.slice(0, tail.index);
  }
  s = s.replace(/[\s,;:|–—-]+$/, '').replace(/^[\s,;:|–—-]+/, '');
  return s
    .split(SPLIT)
    .map((part) => part.replace(PREFIX, '').trim())
    .filter(
      (part) =>
        part.length > 1 &&
        part.length <= 60 &&
        /\p{L}/u.test(part) &&
        !NOT_NAMES.test(part) &&
        !isUrl(part) &&
        part.split(' ').length <= 6,
    );
}

/**
 * Joins names into the one author string the frontmatter keeps: "A, B, C" (comma and space, no "and"), the
 * same for two names, so it splits back unambiguously on ", ".
 */
export function joinAuthors(names: readonly string[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const clean = collapse(name);
    const key = clean.toLowerCase();
    if (clean && !isUrl(clean) && !seen.has(key)) {
      seen.add(key);
      out.push(clean);
    }
  }
  return out.join(', ');
}

function fromElements(elements: Element[], scope: Element | null): string[] {
  for (const el of elements) {
    if (inNoiseBox(el, scope)) continue;
    const text = collapse(el.getAttribute('content') ?? el.textContent);
    if (!text || text.length > 120) continue;
    const names = splitByline(text);
    if (names.length) return names;
  }
  return [];
}

/** Blocks after the h1 searched for a byline line: the byline sits near the top of the article. */
const MAX_LINES = 200;

/** A short line right after the h1 that starts with "By"/"Von"/"Par"…: the byline of plainly marked-up pages. */
function bylineLine(container: Element, h1: Element | null): string[] {
  const candidates = splitAround(container, 'p, span, div, address, em, strong, small, i', h1).after.slice(
    0,
    MAX_LINES,
  );
  for (const el of candidates) {
    if (inNoiseBox(el, container)) continue;
    const text = collapse(el.textContent);
    if (text.length < 5 || text.length > 100) continue;
    // Only a line that starts like a byline ("By", "Von", "Ein Artikel von", "Text:") and then names someone.
    const prefix = PREFIX.exec(text)?.[0] ?? GLUED_BY.exec(text)?.[0];
    if (!prefix || !/^\p{Lu}/u.test(text.slice(prefix.length))) continue;
    const names = splitByline(text);
    if (names.length) return names;
  }
  return [];
}

/** Reads author names from the page's markup; an empty list when there is no recognisable byline. */
export function readByline(doc: Document, { h1, container }: Headline): string[] {
  for (const selector of SELECTORS) {
    const scope = container ?? doc;
    const found = Array.from(scope.querySelectorAll(selector)).filter((el) => el.tagName !== 'META');
    const names = fromElements(found, container ?? doc.body);
    if (names.length) return names;
  }
  if (container) {
    const names = bylineLine(container, h1);
    if (names.length) return names;
  }
  for (const selector of SELECTORS.slice(0, 3)) {
    const found = Array.from(doc.querySelectorAll(selector)).filter((el) => el.tagName !== 'META');
    const names = fromElements(found, doc.body);
    if (names.length) return names;
  }
  return [];
}
