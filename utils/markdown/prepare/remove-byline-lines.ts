import { collapse } from '../../text/collapse';
import { alternation } from '../../metadata/lexicon/build-pattern';
import { monthWords } from '../../metadata/lexicon/months';
import { bylineWords } from '../../metadata/lexicon/byline-words';
import { PUBLISHED_LABELS, UPDATED_LABELS } from '../../metadata/lexicon/date-labels';
import { FILING_LABELS } from '../../metadata/lexicon/filing-labels';
import { KICKER_CLASSES } from '../../metadata/lexicon/kicker-classes';
import { AUTHOR_WORDS, CREDIT_LABELS } from '../../metadata/lexicon/author-labels';
import { wordsOf } from '../../metadata/lexicon/languages';

/**
 * Drops the byline, date and kicker lines at the top of the article ("VON Sina Giebel", "Mark Lavin",
 * "23.10.2018", a `.dachzeile` "Verkehr"): the clip's frontmatter holds the author, the dates and the tags, as
 * it holds the title that remove-title-heading drops. Only short blocks before the first real paragraph count; the same name later
 * in the body is content.
 */

/** Blocks looked at from the top, and the text length that makes a block the start of the story. */
const MAX_LEADING_BLOCKS = 6;
const STORY_TEXT = 120;
/** Paragraphs of story after which a byline is no longer at the top. */
const MAX_PARAGRAPHS = 2;
/** A byline is the name plus a few words ("By", a role, a date): not much longer than the name. */
const MAX_EXTRA = 40;

/** Lines: blocks, and minor headings ("##### Mark Lavin"); the title-sized headings are not bylines. */
const LINES = /^(?:P|DIV|ADDRESS|LI|SECTION|H[4-6])$/;
/** Inline elements are lines of their own only beside blocks, with no loose text around ("von <span>…"). */
const INLINE = /^(?:SPAN|TIME|SMALL|STRONG|EM|B|I)$/;

function hasLooseText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return true;
  return false;
}
/** The byline words of every language but Danish ("af"), and the author and credit labels. */
const BYLINE_WORD = new RegExp(
  String.raw`^(?:${alternation([
    ...bylineWords(['de', 'en', 'es', 'fr', 'it', 'nl', 'no', 'pt', 'sv']),
    ...wordsOf(AUTHOR_WORDS),
    ...wordsOf(CREDIT_LABELS),
  ])})\b[\s:]*`,
  'i',
);
/** Month words a date line may spell: full names in five languages, German and English abbreviations. */
const MONTHS = alternation(
  [...monthWords(['de', 'en', 'es', 'fr', 'pl'], ['full']), ...monthWords(['de', 'en'], ['abbr'])].map(
    (m) => m.word,
  ),
);
/** A date and/or a time: "23.10.2018", "2021-04-05 10:00", "5. März 2021", "19:49". */
const DATE = String.raw`(?:(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+(?:${MONTHS})\.?\s+\d{4}|(?:${MONTHS})\.?\s+\d{1,2},?\s+\d{4})(?:[\s,|•-]+(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?)?|(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:uhr|h|am|pm))?)`;
const DATE_LINE = new RegExp(`^${DATE}$`, 'i');
/**
 * A filing line: "Kategorie: News", "Veröffentlichung: 2. Februar 2022", after a date or not, or a date
 * followed by a short section name ("2021-10-16 | Botschaft").
 */
const FILING_WORDS = alternation([
  ...wordsOf(FILING_LABELS),
  ...wordsOf(PUBLISHED_LABELS),
  ...Object.values(UPDATED_LABELS).flatMap((label) => label.words),
]);
const UPDATE_QUALIFIERS = alternation(
  Object.values(UPDATED_LABELS).flatMap((label) => label.qualifier ?? []),
);
const FILING_LABEL = String.raw`(?:(?:${UPDATE_QUALIFIERS})\s+)?(?:${FILING_WORDS})(?:\s+(?:am|on|le|el|il|op))?\s*:\s*\S.{0,60}`;
const FILING_LINE = new RegExp(
  String.raw`^(?:${DATE}\s*)?${FILING_LABEL}$|^${DATE}\s*[|•·]\s*[\p{L}\s-]{1,30}$`,
  'iu',
);

const folded = (s: string): string => s.toLocaleLowerCase().normalize('NFC');

function isLeaf(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling)
    if (!/^(?:A|SPAN|STRONG|EM|B|I|TIME|BR|SMALL|ABBR)$/.test(child.nodeName)) return false;
  return true;
}

/** Whether `text` is the author's byline: the name, maybe after "By"/"Von", with a few words around it. */
export function isBylineLine(text: string, author: string): boolean {
  const name = folded(collapse(author));
  if (name.length < 3) return false;
  const line = folded(text.replace(BYLINE_WORD, ''));
  return line.includes(name) && line.length <= name.length + MAX_EXTRA;
}

export const isDateLine = (text: string): boolean => DATE_LINE.test(text) || FILING_LINE.test(text);

/** The section label over a headline ("Verkehr" in `<span class="dachzeile">`), left behind when the h1 goes. */
const KICKER_CLASS = new RegExp(String.raw`(?:^|[\s_-])(?:${alternation(KICKER_CLASSES)})(?:$|[\s_-])`, 'i');
const MAX_KICKER = 40;

/** The line's own class, or that of the one element it wraps (Readability puts a lone span in a `<p>`). */
function isKicker(el: Element, text: string): boolean {
  if (text.length > MAX_KICKER) return false;
  const only = el.firstElementChild && !el.firstElementChild.nextElementSibling ? el.firstElementChild : null;
  return [el, only].some((line) => !!line && KICKER_CLASS.test(line.getAttribute('class') ?? ''));
}

export function removeBylineLines(root: Element, author: string | undefined): void {
  // The author field is joinAuthors' "A, B, C": it splits back on ", " (a name may hold "&" or "and").
  const names = (author ?? '').split(', ').filter((n) => n.trim().length >= 3);
  const leading: Element[] = [];
  let blocks = 0;
  let paragraphs = 0;
  // Document order, leaf blocks only, until the story is under way (a lead paragraph may come first).
  const walk = (el: Element): boolean => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (blocks >= MAX_LEADING_BLOCKS || paragraphs >= MAX_PARAGRAPHS) return true;
      if (/^(?:H[1-3]|FIGURE|IMG|PICTURE|TABLE|UL|OL|BLOCKQUOTE|PRE)$/.test(child.nodeName)) continue;
      const leaf = isLeaf(child);
      // A wrapper's text is its whole subtree's: read only where it decides something (on a P or a leaf).
      if (!leaf && child.nodeName !== 'P') {
        if (walk(child)) return true;
        continue;
      }
      const text = collapse(child.textContent ?? '');
      if (!text) continue;
      if (text.length > STORY_TEXT) {
        blocks++;
        paragraphs++;
        continue;
      }
      if (leaf && (LINES.test(child.nodeName) || (INLINE.test(child.nodeName) && !hasLooseText(el)))) {
        blocks++;
        leading.push(child);
        continue;
      }
      if (walk(child)) return true;
    }
    return false;
  };
  walk(root);
  for (const el of leading) {
    const text = collapse(el.textContent ?? '');
    if (isDateLine(text) || isKicker(el, text) || names.some((name) => isBylineLine(text, name))) el.remove();
  }
}
