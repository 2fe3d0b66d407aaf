/**
 * Data tests for the lexicon (utils/metadata/lexicon): each list is well-formed (known languages, the stated
 * order, no duplicates) and every entry is read by at least one pattern built from it, so a word added to the
 * data but reaching no rule, or a rule that drops a word, fails here.
 */
import { splitByline } from '../../../utils/metadata/byline';
import { afterLeadingDate } from '../../../utils/metadata/byline-label';
import { BYLINE_WORDS } from '../../../utils/metadata/lexicon/byline-words';
import { NAME_PARTICLES } from '../../../utils/metadata/lexicon/name-particles';
import { PUBLISHED_LABELS, UPDATED_LABELS } from '../../../utils/metadata/lexicon/date-labels';
import { findHeadline } from '../../../utils/metadata/find-headline';
import { readLabelledDate } from '../../../utils/metadata/labelled-date';
import { alternation, foldAccents } from '../../../utils/metadata/lexicon/build-pattern';
import { LANGS, type Lang } from '../../../utils/metadata/lexicon/languages';
import { MONTH_NAMES, monthWords } from '../../../utils/metadata/lexicon/months';
import { WEEKDAY_NAMES } from '../../../utils/metadata/lexicon/weekdays';
import { parseDate } from '../../../utils/metadata/parse-date';
import { isBylineLine, isDateLine } from '../../../utils/markdown/prepare/remove-byline-lines';

const langsOf = (data: object): Lang[] => Object.keys(data) as Lang[];
const capitalise = (w: string): string => w.charAt(0).toLocaleUpperCase() + w.slice(1);

describe('lexicon: month names', () => {
  it('tags every list with a known language', () => {
    for (const lang of langsOf(MONTH_NAMES)) expect(LANGS).toContain(lang);
  });

  it('has twelve months per language, each with a full name, lower-case', () => {
    for (const [lang, { full, abbr }] of Object.entries(MONTH_NAMES)) {
      expect(full, lang).toHaveLength(12);
      expect(abbr, lang).toHaveLength(12);
      for (const names of full) expect(names.length, lang).toBeGreaterThan(0);
      for (const word of [...full.flat(), ...abbr.flat()]) expect(word).toBe(word.toLocaleLowerCase());
    }
  });

  it("keeps each month's spellings in code-point order", () => {
    for (const { full, abbr } of Object.values(MONTH_NAMES))
      for (const names of [...full, ...abbr]) expect(names).toEqual([...names].sort());
  });

  it('has no duplicate word within a language', () => {
    for (const lang of langsOf(MONTH_NAMES)) {
      const words = monthWords([lang]).map((m) => m.word);
      expect(words, lang).toEqual([...new Set(words)]);
    }
  });

  it('never gives one folded word two months across languages', () => {
    const seen = new Map<string, number>();
    for (const { word, month } of monthWords(LANGS)) {
      const key = foldAccents(word);
      expect(seen.get(key) ?? month, word).toBe(month);
      seen.set(key, month);
    }
  });

  it('reads every month word of the languages parse-date knows as its month', () => {
    for (const { word, month } of monthWords(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt'])) {
      const mm = String(month).padStart(2, '0');
      expect(parseDate(`5 ${word} 2021`), word).toBe(`2021-${mm}-05T00:00:00Z`);
      expect(parseDate(`5 ${capitalise(word)} 2021`), word).toBe(`2021-${mm}-05T00:00:00Z`);
    }
  });

  it('takes a date line with any full month name, or a German or English abbreviation, as a date line', () => {
    const words = [
      ...monthWords(['de', 'en', 'es', 'fr', 'pl'], ['full']),
      ...monthWords(['de', 'en'], ['abbr']),
    ];
    for (const { word } of words) {
      expect(isDateLine(`5 ${word} 2021`), word).toBe(true);
      expect(isDateLine(`${capitalise(word)} 5, 2021`), word).toBe(true);
    }
    expect(isDateLine('5 Mondschein 2021')).toBe(false);
  });

  it('ends a byline at a short month name that starts a date', () => {
    const short = monthWords(['de', 'en'])
      .map((m) => m.word)
      .filter((w) => w.length <= 3);
    expect(short.length).toBeGreaterThan(10);
    for (const word of short) {
      expect(splitByline(`Jane Doe 3 ${capitalise(word)}`), word).toEqual(['Jane Doe']);
      expect(splitByline(`Jane Doe ${capitalise(word)} 3`), word).toEqual(['Jane Doe']);
    }
  });
});

describe('lexicon: weekday names', () => {
  it('has seven lower-case days per known language, no duplicates', () => {
    for (const [lang, days] of Object.entries(WEEKDAY_NAMES)) {
      expect(LANGS).toContain(lang);
      expect(days, lang).toHaveLength(7);
      expect(new Set(days).size, lang).toBe(7);
      for (const day of days) expect(day).toBe(day.toLocaleLowerCase());
    }
  });

  it('ends a byline at every weekday', () => {
    for (const day of Object.values(WEEKDAY_NAMES).flat())
      expect(splitByline(`Jane Doe ${capitalise(day)}`), day).toEqual(['Jane Doe']);
  });
});

/** A word list by language: known languages, each list alphabetical (code-point order) and without duplicates. */
function expectWellFormed(data: Partial<Record<Lang, readonly string[]>>): void {
  for (const [lang, words] of Object.entries(data)) {
    expect(LANGS).toContain(lang);
    expect(words, lang).toEqual([...new Set(words)].sort());
    for (const word of words) expect(word).toBe(word.toLocaleLowerCase());
  }
}

describe('lexicon: byline words', () => {
  it('is well-formed', () => expectWellFormed(BYLINE_WORDS));

  it('strips every byline word but Italian "di" from a byline', () => {
    for (const [lang, words] of Object.entries(BYLINE_WORDS))
      for (const word of words) {
        const expected = lang === 'it' ? [`${capitalise(word)} Jane Doe`] : ['Jane Doe'];
        expect(splitByline(`${capitalise(word)} Jane Doe`), word).toEqual(expected);
      }
  });

  it('takes every byline word but Danish "af" before the known author as a byline line', () => {
    // Exactly 40 characters (MAX_EXTRA) after the name: only a stripped byline word keeps the line that short.
    const role = ', Korrespondentin für Politik und Kultur';
    expect(role).toHaveLength(40);
    for (const [lang, words] of Object.entries(BYLINE_WORDS))
      for (const word of words)
        expect(isBylineLine(`${capitalise(word)} Mario Rossi${role}`, 'Mario Rossi'), word).toBe(
          lang !== 'da',
        );
  });
});

describe('lexicon: name particles', () => {
  it('is well-formed', () => expectWellFormed(NAME_PARTICLES));

  it('reads a name with every particle after a leading date', () => {
    for (const particle of Object.values(NAME_PARTICLES).flat())
      expect(
        afterLeadingDate(`25.10.2022 - Jan ${particle} Vries`, () => false),
        particle,
      ).toBe(`Jan ${particle} Vries`);
    expect(afterLeadingDate('25.10.2022 - Jan ob Vries', () => false)).toBe('');
  });
});

describe('lexicon: date labels', () => {
  const read = (html: string, kind: 'published' | 'updated') => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return readLabelledDate(doc, findHeadline(doc).container, kind);
  };

  it('is well-formed', () => {
    expectWellFormed(PUBLISHED_LABELS);
    expectWellFormed(Object.fromEntries(Object.entries(UPDATED_LABELS).map(([l, v]) => [l, v.words])));
  });

  it('reads the date after every published label', () => {
    for (const label of Object.values(PUBLISHED_LABELS).flat())
      expect(read(`<main><h1>T</h1><p>${capitalise(label)}: 03.05.2021</p></main>`, 'published'), label).toBe(
        '2021-05-03T00:00:00Z',
      );
  });

  it('reads the date after every updated label, with its qualifier or without', () => {
    for (const { words, qualifier } of Object.values(UPDATED_LABELS))
      for (const label of words)
        for (const text of [label, qualifier ? `${qualifier} ${label}` : label])
          expect(read(`<main><h1>T</h1><p>${capitalise(text)}: 03.05.2021</p></main>`, 'updated'), text).toBe(
            '2021-05-03T00:00:00Z',
          );
  });
});

describe('alternation', () => {
  it('escapes, deduplicates and puts longer words first', () => {
    expect(alternation(['mar', 'march', 'a.b', 'mar'])).toBe('march|a\\.b|mar');
    expect(new RegExp(`^(?:${alternation(['mar', 'march'])})`).exec('march')?.[0]).toBe('march');
  });
});
