import { parseStatedDate } from './parse-date';
import { visibleText } from './visible-text';
import { alternation } from './lexicon/build-pattern';
import { PUBLISHED_LABELS, UPDATED_LABELS } from './lexicon/date-labels';
import { wordsOf } from './lexicon/languages';

/** An alternation of label phrases, whose spaces match any white space ("mis à jour"). */
const phrases = (words: readonly string[]): string => alternation(words).replace(/ /g, String.raw`\s+`);

/**
 * A date the page labels as its publication date in words — "Erschienen am: 01.11.2023", "Veröffentlicht am
 * 16.08.2019", "Published on May 3, 2021", "Publié le 3 mai 2021", WordPress's "… wurde am 19. Mai 2010 um
 * 23:03 Uhr gepostet" — wherever it stands: small sites print it
 * in a footer or under the article rather than next to the headline. Only a label followed directly by a date
 * counts, so "published by" or a sentence that merely mentions publishing is not read. The article's
 * container is searched before the whole body, so a teaser's label in a sidebar loses to the article's own.
 */
const LABEL = new RegExp(
  String.raw`\b(?:(?:${phrases(wordsOf(PUBLISHED_LABELS))})(?:\s*(?:am|on|le|el|il|op|den|:))*|wurde\s+am(?=\s[^!?;]{4,40}?\s(?:gepostet|veröffentlicht|publiziert|erstellt|geschrieben|verfasst)\b))\s*:?\s*`,
  'giu',
);
/**
 * A date labelled as the last change — "Aktualisiert: 30.12.2016", "Zuletzt geändert am …", "last edited
 * 2019-11-10", "Last updated on May 3, 2021", "Mis à jour le …" — read only when the page gives no publication date.
 */
const UPDATE_LABEL = new RegExp(
  String.raw`\b(?:${Object.values(UPDATED_LABELS)
    .map(
      ({ words, qualifier }) => `${qualifier ? String.raw`(?:${qualifier}\s+)?` : ''}(?:${phrases(words)})`,
    )
    .join('|')})(?:\s*(?:am|on|le|el|:))*\s*:?\s*`,
  'giu',
);
/** The text after the label must open with the date ("01.11.2023", "May 3", "Mittwoch, 3. Mai 2023"). */
const DATE_START = /^(?:\d|\p{L}{2,12}\.?,?\s+\d)/u;
/** Characters after the label read as the date: a date and time, not the sentence that follows. */
const DATE_SPAN = 40;
/** Labels tried per text: a page that says "published" fifty times is listing other articles. */
const MAX_LABELS = 5;

function firstLabelled(text: string, label: RegExp): string | null {
  let tried = 0;
  for (const m of text.matchAll(label)) {
    if (++tried > MAX_LABELS) break;
    const rest = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + DATE_SPAN);
    if (!DATE_START.test(rest)) continue;
    const date = parseStatedDate(rest);
    if (date) return date;
  }
  return null;
}

/**
 * Reads a date labelled in words, in the container first, then the body; null when none. `kind`: the
 * publication date's labels, or those of the last update.
 */
export function readLabelledDate(
  doc: Document,
  container: Element | null,
  kind: 'published' | 'updated' = 'published',
): string | null {
  const scopes = [container, doc.body].filter((s): s is HTMLElement | Element => !!s);
  for (const scope of scopes) {
    const date = firstLabelled(visibleText(scope), kind === 'published' ? LABEL : UPDATE_LABEL);
    if (date) return date;
  }
  return null;
}
