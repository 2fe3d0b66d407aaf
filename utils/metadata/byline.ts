import { inNoiseBox, type Headline } from './find-headline';
import { collapse } from '../text/collapse';
import { noiseMemo, scopeElements, splitListAround, tagIn } from './scope-elements';
import { boundedText } from './bounded-text';
import { afterLeadingDate, labelledBylines } from './byline-label';
import { cleanName, isFormLabel } from './clean-name';
import { isUrl } from './author-list';
import { bylineCandidates } from './byline-candidates';
import { alternation } from './lexicon/build-pattern';
import { nameParticles } from './lexicon/name-particles';
import { GLUED_BY, NOT_NAMES, PREFIX, SPLIT, TAIL, TAIL_WORD } from './byline-patterns';

/**
 * Author names from the page itself: `[rel=author]`, `[itemprop=author]`, `.byline`, `.author`… near the
 * headline first, then anywhere; failing those, a short "By A and B" / "Von A und B" line after the h1.
 */

/**
 * "Markus Balser, Berlin": one capitalised word after a full name is the place the writer reports from, not a
 * second author ("Balser, Markus", a name written surname first, has no full name before the comma).
 */
const REPORTING_PLACE = /(?<=\p{L}[\p{L}.'’-]*\s+\p{Lu}[\p{L}'’-]+),\s*\p{Lu}[\p{Ll}'’-]+$/u;

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
  s = s
    .replace(/[\s,;:|–—→»›-]+$/, '')
    .replace(/^[\s,;:|–—-]+/, '')
    .replace(REPORTING_PLACE, '');
  return s
    .split(SPLIT)
    .map((part) => cleanName(part.replace(PREFIX, '')))
    .filter(
      (part) =>
        part.length > 1 &&
        part.length <= 60 &&
        /\p{L}/u.test(part) &&
        !NOT_NAMES.test(part) &&
        // "vor 5 Stunden", "hace 3 horas": a relative time glued to the name's element; "Views (23925)": a count.
        !/^\p{Ll}+\s+\d|\(\d+\)/u.test(part) &&
        // "Revised Edition" (left of "Edited by …"): a book's edition, not a person.
        !/\b(?:edition|auflage|ausgabe)\b/i.test(part) &&
        !isUrl(part) &&
        !isFormLabel(part) &&
        part.split(' ').length <= 6,
    );
}

/**
 * Whether a name list is the byline sought; a rejected list (the publisher's name, or a `weak` one: a CMS
 * account's login) is kept as a fallback.
 */
type Accept = (names: string[], weak?: boolean) => boolean;

/** A CMS user account's login printed as the poster ("Gespeichert von <span class="username">human</span>"). */
const ACCOUNT = '.username, [typeof*="UserAccount"]';

const namesAnAccount = (el: Element, names: readonly string[]): boolean =>
  Array.from(el.querySelectorAll(ACCOUNT)).some((account) => names.includes(collapse(account.textContent)));

/** A printed person's name: two to four capitalised words ("Inga Hoeltmann", "Jan de Vries" allowed). */
const PERSON_NAME = new RegExp(
  String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|${alternation(nameParticles())})){1,3}$`,
  'u',
);
/** Descendants of an author box tried for its name link: the box itself also holds a bio and buttons. */
const MAX_BOX_PARTS = 40;

/**
 * The writer's name in an author box whose whole text is no byline ("Inga HoeltmannFollowTransformations…"):
 * its first link or bold line that is only a person's name.
 */
function nameInBox(box: Element): string[] {
  const parts = box.querySelectorAll('a, strong, b, h2, h3, h4, h5, h6');
  for (let i = 0; i < parts.length && i < MAX_BOX_PARTS; i++) {
    const text = collapse(parts[i]?.textContent);
    // "HoeltmannFollow": a name run into a button's label (unlike "McDonald" or "MacArthur").
    if (PERSON_NAME.test(text) && !/\p{Ll}{3}\p{Lu}/u.test(text)) return [text];
  }
  return [];
}

function fromElements(
  elements: Element[],
  scope: Element | null,
  accept: Accept,
  memo: Map<Element, Element | null>,
  boxes = false,
): string[] {
  for (const el of elements) {
    if (inNoiseBox(el, scope, memo)) continue;
    const text = collapse(el.getAttribute('content') ?? el.textContent);
    if (!text) continue;
    const names = text.length > 120 ? [] : splitByline(text);
    if (names.length && accept(names, namesAnAccount(el, names))) return names;
    const inBox = boxes && !names.length ? nameInBox(el) : [];
    if (inBox.length && accept(inBox)) return inBox;
  }
  return [];
}

/** Blocks after the h1 searched for a byline line: the byline sits near the top of the article. */
const MAX_LINES = 200;
/** Blocks above the h1 searched after those below it: some layouts print "date – author" over the headline. */
const MAX_LINES_BEFORE = 10;
/** `p, span, div, address, em, strong, small, i`: the blocks and inline boxes a byline line is printed in. */
const LINE_TAGS = tagIn(new Set(['p', 'span', 'div', 'address', 'em', 'strong', 'small', 'i']));

/** A short line right after the h1 that starts with "By"/"Von"/"Par"…: the byline of plainly marked-up pages. */
function bylineLine(container: Element, h1: Element | null, accept: Accept, owner: object): string[] {
  const { before, after } = splitListAround(scopeElements(container, owner), LINE_TAGS, h1);
  const candidates = [...after.slice(0, MAX_LINES), ...before.slice(0, MAX_LINES_BEFORE)];
  const memo = noiseMemo(owner);
  for (const el of candidates) {
    if (inNoiseBox(el, container, memo)) continue;
    const raw = boundedText(el, 100, 60);
    if (raw === null) continue;
    const names = bylineOfLine(raw);
    if (names.length && accept(names)) return names;
  }
  return [];
}

/**
 * The names a printed line gives as its byline, or none: only a line that starts like one ("By", "Von", "Ein
 * Artikel von", "Text:", "25.10.2022 - ") and then names someone.
 */
export function bylineOfLine(raw: string): string[] {
  // A parenthesised role ("Eberhard Fuhr (Pressesprecher)") is not part of a printed byline's name; rules
  // drawn with dashes or stars before it ("---- by Kenneth Surin") are not part of the line.
  const line = collapse(raw.replace(/\([^()]{0,60}\)/g, ' ')).replace(/^[-–—*_\s]+/, '');
  if (line.length < 5 || line.length > 100) return [];
  // Small CMSs print "25.10.2022 - Reiner Nagel": the date goes, the rest must still look like a byline.
  const text = afterLeadingDate(line, (rest) => PREFIX.test(rest)) || line;
  if (text !== line && !PREFIX.test(text)) return splitByline(text);
  const prefix = PREFIX.exec(text)?.[0] ?? GLUED_BY.exec(text)?.[0];
  // A capital, or a letter of a script without case ("责任编辑： 焦鹏").
  if (!prefix || !/^[\p{Lu}\p{Lo}]/u.test(text.slice(prefix.length))) return [];
  return splitByline(text);
}

/**
 * Reads author names from the page's markup; an empty list when there is no recognisable byline. Names that
 * `isPublisher` rejects (a `rel=author` link to the site itself) are passed over for a later, personal byline
 * and returned only when there is none. `pageAnchors`: the page walk's `bylineAnchors` (page-elements), which
 * spare the page-wide fallback a pass over every element.
 */
export function readByline(
  doc: Document,
  headline: Headline,
  isPublisher: (name: string) => boolean = () => false,
  pageAnchors?: readonly Element[],
): string[] {
  const { h1, container } = headline;
  let fallback: string[] = [];
  const accept: Accept = (names, weak = false) => {
    if (weak) {
      if (!fallback.length) fallback = names;
      return false;
    }
    if (!names.every(isPublisher)) return true;
    if (!fallback.length) fallback = names;
    return false;
  };
  // Specific selectors first (byline-candidates): a `.byline` block often wraps a `[rel=author]` link plus
  // date noise.
  const buckets = bylineCandidates(container ?? doc, undefined, headline);
  for (const [i, matched] of buckets.entries()) {
    const found = matched.filter((el) => el.tagName !== 'META');
    // The last two selectors match author boxes by class, which may hold a bio beside the name.
    const boxes = i >= buckets.length - 2;
    const names = fromElements(found, container ?? doc.body, accept, noiseMemo(headline), boxes);
    if (names.length) return names;
  }
  // Without a headline the page's start stands in for it: a byline line is still a byline.
  const scope = container ?? doc.body;
  if (scope) {
    const names = bylineLine(scope, container ? h1 : null, accept, headline);
    if (names.length) return names;
    for (const value of labelledBylines(scope, scope, headline)) {
      const labelled = splitByline(value);
      if (labelled.length && accept(labelled)) return labelled;
    }
  }
  for (const matched of bylineCandidates(pageAnchors ?? doc, 3, headline)) {
    const found = matched.filter((el) => el.tagName !== 'META');
    const names = fromElements(found, doc.body, accept, noiseMemo(headline));
    if (names.length) return names;
  }
  return fallback;
}
