/**
 * Data tests for the chrome labels in the lexicon (utils/metadata/lexicon/chrome-labels): known languages,
 * lower-case, alphabetical, no duplicates, and every entry read by the matcher (remove-clutter's labels).
 */
import { CHROME_LABELS } from '../../../utils/metadata/lexicon/chrome-labels';
import { LANGS } from '../../../utils/metadata/lexicon/languages';
import { isChromeLabel } from '../../../utils/markdown/prepare/chrome-label';

const capitalise = (w: string): string => w.charAt(0).toLocaleUpperCase() + w.slice(1);
const lists = Object.entries(CHROME_LABELS).flatMap(([lang, { words = [], counted = [] }]) => [
  [lang, 'words', words] as const,
  [lang, 'counted', counted] as const,
]);

describe('lexicon: chrome labels', () => {
  it('is well-formed: known languages, lower-case, alphabetical, no duplicates', () => {
    for (const [lang, kind, words] of lists) {
      expect(LANGS).toContain(lang);
      expect(words, `${lang} ${kind}`).toEqual([...new Set(words)].sort());
      for (const word of words) expect(word).toBe(word.toLocaleLowerCase());
    }
  });

  it('has a number in every counted label and none in the plain ones', () => {
    for (const [, kind, words] of lists)
      for (const word of words) expect(word.includes('#'), word).toBe(kind === 'counted');
  });

  it('reads every label, as printed', () => {
    for (const [, kind, words] of lists)
      for (const word of words) {
        const printed = kind === 'counted' ? word.replace('#', '4').replace('#', '12') : word;
        expect(isChromeLabel(printed), printed).toBe(true);
        expect(isChromeLabel(capitalise(printed)), printed).toBe(true);
        expect(isChromeLabel(`${printed} of the harbour council`), printed).toBe(false);
      }
  });

  it('reads spacing and punctuation as the pages print them', () => {
    for (const text of [
      '4 Min Read',
      'Slideshow ( 15 images )',
      'Image 1 of 9',
      'Lesezeit: 3 Min.',
      '写真を拡大',
    ])
      expect(isChromeLabel(text), text).toBe(true);
    for (const text of ['Close to home', 'Caption contest', 'Read', '4', 'Image of the day', ''])
      expect(isChromeLabel(text), text).toBe(false);
  });
});
