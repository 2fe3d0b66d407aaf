import { collapse } from '../../text/collapse';
import { alternation } from '../../metadata/lexicon/build-pattern';
import { monthWords } from '../../metadata/lexicon/months';
import { bylineWords } from '../../metadata/lexicon/byline-words';
import { PUBLISHED_LABELS, UPDATED_LABELS } from '../../metadata/lexicon/date-labels';
import { FILING_LABELS } from '../../metadata/lexicon/filing-labels';
import { KICKER_CLASSES } from '../../metadata/lexicon/kicker-classes';
import { AUTHOR_WORDS, CREDIT_LABELS } from '../../metadata/lexicon/author-labels';
import { wordsOf } from '../../metadata/lexicon/languages';
import { articleTopLines } from '../../metadata/article-top-lines';

/**
 * Drops the byline, date and kicker lines at the top of the article ("VON Sina Giebel", "Mark Lavin",
 * "23.10.2018", a `.dachzeile` "Verkehr"): the clip's frontmatter holds the author, the dates and the tags, as
 * it holds the title that remove-title-heading drops. Only the lines at the top of the article count
 * (article-top-lines.ts, the reader the metadata uses too); the same name later in the body is content.
 */

/** A byline is the name plus a few words ("By", a role, a date): not much longer than the name. */
const MAX_EXTRA = 40;

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
// Without the `u` flag: case-insensitive Unicode matching made this alternation cost tens of milliseconds to
// compile, in every tab clipped. The section name's letters are checked apart, by a small Unicode pattern.
const FILING_LINE = new RegExp(String.raw`^(?:${DATE}\s*)?${FILING_LABEL}$`, 'i');
const DATED_SECTION = new RegExp(String.raw`^${DATE}\s*[|•·]\s*(.{1,30})$`, 'i');
const SECTION_NAME = /^[\p{L}\s-]+$/u;

const folded = (s: string): string => s.toLocaleLowerCase().normalize('NFC');

/** Whether `text` is the author's byline: the name, maybe after "By"/"Von", with a few words around it. */
export function isBylineLine(text: string, author: string): boolean {
  const name = folded(collapse(author));
  if (name.length < 3) return false;
  const line = folded(text.replace(BYLINE_WORD, ''));
  return line.includes(name) && line.length <= name.length + MAX_EXTRA;
}

export const isDateLine = (text: string): boolean =>
  DATE_LINE.test(text) || FILING_LINE.test(text) || SECTION_NAME.test(DATED_SECTION.exec(text)?.[1] ?? '');

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
  // The same lines the metadata read its top-of-article byline and date from.
  for (const { el, text, story } of articleTopLines(root)) {
    if (story) continue;
    if (isDateLine(text) || isKicker(el, text) || names.some((name) => isBylineLine(text, name))) el.remove();
  }
}
