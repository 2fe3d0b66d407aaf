import { alternation } from './lexicon/build-pattern';
import { monthWords } from './lexicon/months';
import { weekdayWords } from './lexicon/weekdays';
import { bylineWords } from './lexicon/byline-words';
import {
  AUTHOR_WORDS,
  CJK_CREDIT_LABELS,
  CREDIT_LABELS,
  INTERFACE_WORDS,
  SOCIAL_NETWORKS,
} from './lexicon/author-labels';
import { wordsOf } from './lexicon/languages';

/** The byline's patterns, built from the lexicon: what opens it, where its names end, what is no name. */

/**
 * "By", "Von", "Posted on 3 May 2020 by", "Ein Artikel von", "Text:", "Autor:", an author box's "Zeige alle
 * Beiträge von" … before the names.
 */
/** The byline word of every language but Italian: "Di" opens surnames too ("Di Maio"). */
const PREFIX_WORDS = alternation(bylineWords(['da', 'de', 'en', 'es', 'fr', 'nl', 'no', 'pt', 'sv']));
/** Labels before the writer's name with a colon ("Autor:", "Text:", "作者："), and those that need none. */
const COLON_LABELS = alternation([...wordsOf(AUTHOR_WORDS), ...wordsOf(CREDIT_LABELS), ...CJK_CREDIT_LABELS]);
const AUTHOR_WORD = alternation(wordsOf(AUTHOR_WORDS));
export const PREFIX = new RegExp(
  String.raw`^(?:(?:zeige\s+)?alle\s+(?:beiträge|artikel)\s+von|(?:view|see)\s+all\s+(?:posts|articles|stories)\s+by|more\s+(?:posts|articles|stories)\s+(?:from|by)|(?:posted|written|published|reported|submitted|gespeichert|eingestellt|erstellt|verfasst|geschrieben|veröffentlicht|ein (?:artikel|interview|gespräch|kommentar|gastbeitrag)|artikel|beitrag|blog ?beitrag|gastbeitrag|kommentar|text|story|words|photos?|interview|publié|escrito|publicado)\b[^:|]{0,40}?\s(?:by|von|par|por|de)\b|(?:(?:fotos?|photos?|bilder)\s*(?:,|und|&|and)\s*)?(?:text|interview|recherche)(?:\s*(?:,|und|&|and)\s*(?:text|interview|fotos?|photos?|bilder|illustrations?))*\s*:|(?:${PREFIX_WORDS}|beitragvon)\b|(?:beitragvon|artikel von|${COLON_LABELS})\s*[:：]|(?:${AUTHOR_WORD})\b)\s*[:\-–]?\s*`,
  'i',
);
/** "ByJane Doe": textContent runs a "By" label into the linked name. */
export const GLUED_BY = /^By(?=\p{Lu})/u;
/** Interface words that sit in byline boxes but are no one's name. */
export const NOT_NAMES = new RegExp(
  `^(?:${alternation([...wordsOf(INTERFACE_WORDS), ...SOCIAL_NETWORKS, ...wordsOf(AUTHOR_WORDS), ...bylineWords(['de', 'en'])])})$`,
  'i',
);

/**
 * Where a byline's name part ends: separators, dates, weekdays, "Updated", "Stand:", read-time notes, and the
 * picture credit that follows the writer ("Christian Seiler Illustration von Markus Roost"), an editor's credit
 * ("Rob Ewaschuk Edited by Betsy Beyer"), an author box's link to the writer's other articles ("Johanna
 * Kropfitsch Alle Artikel").
 */
/** Abbreviated months (and those whose name is that short: "May", "Mai") and weekdays that start a date. */
const SHORT_MONTHS = alternation(
  [...monthWords(['de', 'en'], ['abbr']), ...monthWords(['de', 'en'], ['full'])]
    .map((m) => m.word)
    .filter((w) => w.length <= 3),
);
const WEEKDAYS = alternation(weekdayWords(['de', 'en']));
export const TAIL = new RegExp(
  String.raw`\s*(?:[|•·»]|\s[-–—]\s|\b(?:updated|published|posted|aktualisiert|veröffentlicht|erschienen)\b|\s(?:illustrations?|fotos?|photos?|bilder?|grafiken?)\s*(?:von|by|:)|\bstand\b\s*:?\s*\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\b\d{1,2}\.?\s+(?:${SHORT_MONTHS})|\b(?:${SHORT_MONTHS})\p{L}*\.?\s+\d{1,2}\b|\b\d+\s+(?:min|minutes?|minuten)\b|(?:vor|hace)\s*\d+\s*\p{L}|\b\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\s+ago\b|\b(?:${WEEKDAYS})\b|\s(?:alle\s+(?:artikel|beiträge)|(?:view|see)\s+all|all\s+(?:posts|articles|stories)|more\s+(?:from|by|posts|articles|stories))\b|[\s,]+(?:edited|translated|compiled)\s+by\b)`,
  'iu',
);
/**
 * Lower-case "on"/"am"/"le" + date or capital ("on Monday", "am 25.08."), an interview's "mit" + the
 * interviewee ("Ein Interview von Eugen Zentner mit Sonja Silberhorn"), "in" + a category or place
 * ("Posted by DT in Tagebuch", "Von Max Muster in Berlin"), but single words only: "Verein Wehranlage in Horka e.V."
 * is one name; case matters: "Loïc Le Clerc" is a name.
 */
export const TAIL_WORD =
  /\s(?:am|on|le|el|il|op|um|at|vor|hace|il y a|mit)(?=\s+[\p{Lu}\d]|$)|\sin(?=\s+\p{Lu}[\p{L}'-]*(?:,\s*\p{Lu}[\p{L}'-]*)*$)|\s(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?(?=\s+\d|$)|\s\p{L}+\s?:(?:\s|$)/u;
export const SPLIT = /\s*(?:,|;|\s&\s|\s+(?:and|und|et|y|e|en|og|och)\s+)\s*/i;
