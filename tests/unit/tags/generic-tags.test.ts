/**
 * Data tests for the generic words (utils/tags/generic-tags.ts): known languages, code-point order, no
 * duplicates, and every entry kept out of the suggestions, as written and capitalised.
 */
import { LANGS, type Lang } from '../../../utils/metadata/lexicon/languages';
import { foldTag } from '../../../utils/tags/fold-tag';
import { GENERIC_TAGS } from '../../../utils/tags/generic-tags';
import { tagCandidates } from '../../../utils/tags/tag-candidates';

const entries = Object.entries(GENERIC_TAGS) as [Lang, readonly string[]][];

describe('generic tag words', () => {
  it('tags every list with a known language', () => {
    for (const [lang] of entries) expect(LANGS).toContain(lang);
  });

  it('keeps each list lower-case, in code-point order, without duplicates (also once folded)', () => {
    for (const [lang, words] of entries) {
      expect(words, lang).toEqual([...words].sort());
      expect(new Set(words).size, lang).toBe(words.length);
      expect(new Set(words.map(foldTag)).size, lang).toBe(words.length);
      for (const word of words) expect(word, lang).toBe(word.toLocaleLowerCase());
    }
  });

  it('never suggests an entry, however the page writes it', () => {
    for (const [lang, words] of entries) {
      for (const word of words) {
        const upper = word.charAt(0).toLocaleUpperCase() + word.slice(1);
        const candidates = tagCandidates({
          keywords: [word, upper, 'Zanzibar'],
          sections: [],
          siteNames: [],
          url: 'https://example.org/a',
        });
        expect(candidates, `${lang}: ${word}`).toEqual(['zanzibar']);
      }
    }
  });
});
