/**
 * Data tests for the lexicon's kicker classes, filing labels and last-change stems: each list is sorted and
 * without duplicates, and every entry reaches each rule built from it (a word that reaches none fails here).
 */
import { removeBylineLines } from '../../../utils/markdown/prepare/remove-byline-lines';
import { headlineText } from '../../../utils/metadata/headline-text';
import { UPDATED_LABELS, UPDATED_MARKUP_STEMS } from '../../../utils/metadata/lexicon/date-labels';
import { FILING_LABELS } from '../../../utils/metadata/lexicon/filing-labels';
import { KICKER_CLASSES } from '../../../utils/metadata/lexicon/kicker-classes';
import { LANGS, type Lang } from '../../../utils/metadata/lexicon/languages';
import { UPDATED_HINT } from '../../../utils/metadata/updated-hint';
import { parseHtml } from '../parse-html';

const sorted = (words: readonly string[]) => [...new Set(words)].sort();
const body = (html: string): Element => parseHtml(`<body>${html}</body>`, 'https://example.com/a').body;
const STORY = `<p>${'The council met on Tuesday and voted on the harbour budget for the coming year. '.repeat(3)}</p>`;

describe('lexicon: kicker classes', () => {
  it('is sorted, lower-case, without duplicates', () => {
    expect(KICKER_CLASSES).toEqual(sorted(KICKER_CLASSES));
    for (const word of KICKER_CLASSES) expect(word).toBe(word.toLowerCase());
  });

  it('leaves each kicker out of the headline text', () => {
    for (const cls of KICKER_CLASSES) {
      const h1 = body(
        `<h1><span class="${cls}">Klimaschutz</span> Stadt plant neue Radwege</h1>`,
      ).firstElementChild;
      expect(headlineText(h1), cls).toBe('Stadt plant neue Radwege');
    }
  });

  it('drops each kicker line above the story', () => {
    for (const cls of KICKER_CLASSES) {
      const root = body(`<p class="${cls}">Verkehr</p>${STORY}`);
      removeBylineLines(root, undefined);
      expect(root.textContent, cls).not.toContain('Verkehr');
    }
  });
});

describe('lexicon: filing labels', () => {
  it('tags every list with a known language; each sorted, lower-case, without duplicates', () => {
    for (const [lang, words] of Object.entries(FILING_LABELS)) {
      expect(LANGS).toContain(lang as Lang);
      expect(words, lang).toEqual(sorted(words));
      for (const word of words) expect(word).toBe(word.toLocaleLowerCase());
    }
  });

  it('drops a filing line under each label at the top of the story, and keeps the story', () => {
    for (const label of Object.values(FILING_LABELS).flat()) {
      const root = body(`<p>${label.charAt(0).toUpperCase()}${label.slice(1)}: Politik</p>${STORY}`);
      removeBylineLines(root, undefined);
      expect(root.textContent, label).not.toContain('Politik');
      expect(root.textContent, label).toContain('harbour budget');
    }
  });
});

describe('lexicon: last-change marks', () => {
  it('keeps the markup stems sorted and without duplicates', () => {
    expect(UPDATED_MARKUP_STEMS).toEqual(sorted(UPDATED_MARKUP_STEMS));
  });

  it('marks a class built on each stem, and each updated label of every language', () => {
    for (const stem of UPDATED_MARKUP_STEMS) expect(UPDATED_HINT.test(`date-${stem}ied`), stem).toBe(true);
    for (const { words } of Object.values(UPDATED_LABELS))
      for (const word of words) expect(UPDATED_HINT.test(`${word} 3.12.2026`), word).toBe(true);
    expect(UPDATED_HINT.test('date-published entry-date')).toBe(false);
  });
});
