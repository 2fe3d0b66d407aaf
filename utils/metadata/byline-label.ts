import { inNoiseBox } from './find-headline';
import { collapse } from '../text/collapse';
import { classAttribute } from '../dom/class-hints';
import { noiseMemo, scopeElements } from './scope-elements';
import { alternation } from './lexicon/build-pattern';
import { bylineWords } from './lexicon/byline-words';
import { nameParticles } from './lexicon/name-particles';
import { AUTHOR_WORDS, CJK_CREDIT_LABELS, CREDIT_LABELS, WRITTEN_BY } from './lexicon/author-labels';
import { wordsOf } from './lexicon/languages';

/**
 * Bylines printed as a label and a value rather than as one "By …" line: `<b>Von:</b> Götz Warnke`,
 * `<h5>Autor:</h5> Peter Maahn`, `<div class="credit-label">Interview</div><div>Sven Michaelsen</div>`, and
 * the "date – name" lines of small CMSs ("25.10.2022 - Reiner Nagel", "06.11.2023 13:30 von Olga").
 */

/** A leaf element's whole text when it is only a byline label. */
const BYLINE = alternation(bylineWords(['de', 'en', 'es', 'fr', 'nl', 'pt']));
const LABEL_WORDS = alternation([
  ...wordsOf(AUTHOR_WORDS),
  ...wordsOf(CREDIT_LABELS),
  ...wordsOf(WRITTEN_BY),
  ...CJK_CREDIT_LABELS,
]);
const LABEL = new RegExp(String.raw`^(?:${BYLINE}|${LABEL_WORDS}|interview)\s*[:：]?$`, 'iu');
/** Tags a label is written in; only leaves are read, so this stays cheap on large pages. */
const LABEL_TAGS = new Set(['b', 'strong', 'em', 'i', 'span', 'dt', 'th', 'td', 'h4', 'h5', 'h6', 'label']);
/** `b, strong, em, i, span, dt, th, td, h4, h5, h6, label, [class*="label" i]`. */
function mayBeLabel(el: Element): boolean {
  if (LABEL_TAGS.has(el.localName.toLowerCase())) return true;
  const cls = classAttribute(el);
  return cls !== null && /label/i.test(cls);
}
/** Blocks that end the value which follows a label. */
const BLOCK = /^(?:DIV|P|H[1-6]|LI|UL|OL|TABLE|TR|SECTION|DL|DT|DD|FIGURE|HEADER|FOOTER|ARTICLE)$/;
const MAX_VALUE = 80;
/** Labels read per page: a credits box has a few; a page full of "Text" cells is not a credits box. */
const MAX_LABELS = 50;
/** Wrappers around a label climbed to find its value. */
const MAX_LABEL_LEVELS = 3;

/** The text right after a label: following inline text up to a line break, or the next block's text. */
function valueAfter(label: Element): string {
  let out = '';
  for (let node = label.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const el = node as Element;
      const hasText = collapse(out) !== '';
      if (el.tagName === 'BR') {
        if (hasText) break;
        continue;
      }
      if (BLOCK.test(el.tagName)) {
        if (!hasText) out = el.textContent ?? '';
        break;
      }
      out += el.textContent ?? '';
    }
    if (out.length > MAX_VALUE * 2) break;
  }
  const value = collapse(out);
  return value.length <= MAX_VALUE ? value : '';
}

/**
 * Values printed after byline labels in the scope, nearest to the top first. `owner` (the headline of one
 * metadata read) shares the scope's element list and noise-box answers with the other readers.
 */
export function labelledBylines(scope: Element, noiseScope: Element | null, owner?: object): string[] {
  const values: string[] = [];
  const memo = owner ? noiseMemo(owner) : undefined;
  let seen = 0;
  for (const el of scopeElements(scope, owner)) {
    if (el.firstElementChild !== null || !mayBeLabel(el)) continue;
    const text = collapse(el.textContent);
    if (text.length > 20 || !LABEL.test(text)) continue;
    if (++seen > MAX_LABELS) break;
    if (inNoiseBox(el, noiseScope, memo)) continue;
    // A label alone in its element reads its sibling; a label cell reads the next cell or block; a label
    // wrapped in a field of its own (<div><p><strong>By</strong></p></div><div><p>Name</p></div>) reads the
    // next field.
    let value = valueAfter(el);
    for (
      let box = el.parentElement, i = 0;
      !value && box && i < MAX_LABEL_LEVELS;
      box = box.parentElement, i++
    ) {
      value = valueAfter(box);
      if (collapse(box.textContent) !== text) break;
    }
    if (value && /^\p{L}/u.test(value)) values.push(value);
  }
  return values;
}

/** "25.10.2022 - ", "06.11.2023 13:30 ", "3. Mai 2021 | ": a date (and time) that opens a byline line. */
const LEADING_DATE =
  /^(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4})(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?\s*([-–—|•·]\s*)?/iu;
/** Two or three capitalised words (with initials, hyphens, particles): what a bare name looks like. */
const BARE_NAME = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:${alternation(nameParticles())})\s+)?\p{Lu}[\p{L}'’.-]*){1,2}$`,
  'u',
);

/**
 * The rest of a line that opens with a date, when it is a byline: a bare name, or a "von"/"by" phrase for
 * the caller's byline parser; '' for lines like "25.10.2022 - Berlin im Wandel" or without a leading date.
 */
export function afterLeadingDate(text: string, isPrefixed: (s: string) => boolean): string {
  const m = LEADING_DATE.exec(text);
  if (!m || !m[0].trim()) return '';
  const rest = text.slice(m[0].length).trim();
  // A bare name needs the separator: "2020-04-26 Deutsche Sprache" is a date and a category.
  return isPrefixed(rest) || (m[1] && BARE_NAME.test(rest)) ? rest : '';
}
