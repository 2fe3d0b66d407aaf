import { inNoiseBox, type Headline } from './find-headline';
import { collapse } from '../text/collapse';
import { classAttribute } from '../dom/class-hints';
import { noiseMemo, scopeElements, splitListAround, tagIn } from './scope-elements';
import { parseInZone } from './page-zone';
import { collapsedPrefix } from './collapsed-prefix';
import { UPDATED_HINT } from './updated-hint';

/**
 * A publication date written as text near the headline ("3. August 2015 · Filed under …",
 * "<span class="published">31. Oktober 2023</span>", "am 25.08.2015 22:30"): pages without machine-readable
 * dates still show one under or above the h1. Elements whose class or id says "date"/"publish"/"meta" are read
 * first, then short text blocks right after the h1.
 */
const DATE_CLASS = /date|time|publish|posted|meta|byline|datum|fecha/i;
const DATE_ID = /date/i;
/**
 * `[class*="date" i], [class*="time" i], [class*="publish" i], [class*="posted" i], [class*="meta" i],
 * [class*="byline" i], [class*="datum" i], [class*="fecha" i], [id*="date" i], abbr[title]`.
 */
function isDateHinted(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  const cls = classAttribute(el);
  if (cls !== null && DATE_CLASS.test(cls)) return true;
  const id = el.getAttribute('id');
  if (id !== null && DATE_ID.test(id)) return true;
  return el.localName.toLowerCase() === 'abbr' && el.hasAttribute('title');
}
/** `p, span, div, small, em, li, h2, h3, h4, h5, h6`: blocks a date line is printed in. */
const BLOCK_TAGS = tagIn(new Set(['p', 'span', 'div', 'small', 'em', 'li', 'h2', 'h3', 'h4', 'h5', 'h6']));
const MAX_TEXT = 120;
const INLINE = /^(?:A|SPAN|STRONG|B|EM|I|SMALL|TIME|ABBR)$/;
const LEADING_DATE =
  /^\W{0,2}(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2} ?\| ?\d{1,2} ?\| ?\d{4}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4}|\d{4}-\d{2}-\d{2})/u;
/** Blocks before the h1 (nearest first) read after those following it: dates also sit above headlines. */
const MAX_PRECEDING = 12;
/** Blocks after the h1 read when no element is marked: enough for a byline line, not the whole article. */
const MAX_FOLLOWING = 40;
/** Date-classed elements read on each side of the h1 before giving up. */
const MAX_HINTED = 200;

/** The element's direct text (links and inline names included, nested blocks left out). */
function ownText(el: Element): string {
  let out = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && INLINE.test((node as Element).tagName)) out += node.textContent ?? '';
    if (out.length > MAX_TEXT) break;
  }
  return collapse(out);
}

/** The date a block prints: all of its short text, the opening of a long one, or its own short text. */
/** `zone`: the page's offset in minutes, for times it prints without one (page-zone.ts). */
export function dateOf(el: Element, zone: number | null = null): string | null {
  const parse = (raw: string | null) => parseInZone(raw, zone);
  const title = el.tagName === 'ABBR' ? el.getAttribute('title') : null;
  const fromTitle = title ? parse(title) : null;
  if (fromTitle) return fromTitle;
  // Only the first MAX_TEXT characters are read below, and whether there are more.
  const full = collapsedPrefix(el, MAX_TEXT);
  // "Written: 7 Nov · Updated: 8 Nov" names the published date first: read only what precedes the update.
  const updated = UPDATED_HINT.exec(full.slice(0, MAX_TEXT));
  const text = updated ? full.slice(0, updated.index) : full;
  if (!text) return null;
  if (text.length <= MAX_TEXT) return parse(text);
  // A long block counts when it opens with the date ("(21. November 2022) Energieverbraucher …"), or when its
  // own text, without the widgets nested in it, is a short date line ("<a>Georg Quaas</a>, 21. Jan. 2015
  // <div class=rating>…</div>").
  if (LEADING_DATE.test(text)) return parse(text.slice(0, 30));
  const own = ownText(el);
  return own && own.length <= MAX_TEXT && !updated ? parse(own) : null;
}

interface DateAt {
  date: string;
  el: Element;
}

/** The first element (of at most `max`) outside noise boxes whose text is a date, with that element. */
function firstDateAt(
  elements: readonly Element[],
  scope: Element,
  max: number,
  test: (el: Element) => boolean,
  memo: Map<Element, Element | null>,
  zone: number | null,
): DateAt | null {
  let seen = 0;
  for (const el of elements) {
    if (!test(el) || inNoiseBox(el, scope, memo)) continue;
    if (++seen > max) break;
    const date = dateOf(el, zone);
    if (date) return { date, el };
  }
  return null;
}

const firstDate = (...args: Parameters<typeof firstDateAt>): string | null =>
  firstDateAt(...args)?.date ?? null;

/**
 * A date right above the headline beats one far below it: "Par Loïc Le Clerc | 30 septembre 2018" over the
 * h2 of a SPIP page, whose first date-classed element below is a teaser's. "Far": this many times as far.
 */
const NEARER_ABOVE = 4;

/** Reads a date written in the text around the headline; null when there is none. */
export function readDateText(doc: Document, headline: Headline, zone: number | null = null): string | null {
  const { h1, container } = headline;
  const scope = container ?? doc.body;
  if (!scope) return null;
  const notModified = (el: Element) =>
    !UPDATED_HINT.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
  const memo = noiseMemo(headline);
  const elements = scopeElements(scope, headline);
  const hinted = splitListAround(elements, isDateHinted, h1);
  const below = firstDateAt(hinted.after, scope, MAX_HINTED, notModified, memo, zone);
  const above = firstDateAt(hinted.before, scope, MAX_HINTED, notModified, memo, zone);
  let date = below?.date ?? above?.date ?? null;
  // Same day: the one below keeps its time (Blogger's date header above, "Posted at 7:11 PM" below).
  if (below && above && h1 && below.date.slice(0, 10) !== above.date.slice(0, 10)) {
    const at = elements.indexOf(h1);
    if ((at - elements.indexOf(above.el)) * NEARER_ABOVE < elements.indexOf(below.el) - at) date = above.date;
  }
  if (date || !h1 || !container) return date;
  const blocks = splitListAround(scopeElements(container, headline), BLOCK_TAGS, h1);
  const small = (el: Element) => el.children.length <= 3 && !el.contains(h1) && !h1.contains(el);
  return (
    firstDate(blocks.after, container, MAX_FOLLOWING, small, memo, zone) ??
    firstDate(blocks.before, container, MAX_PRECEDING, small, memo, zone)
  );
}
