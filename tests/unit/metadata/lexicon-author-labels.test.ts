/**
 * Data tests for the lexicon's author labels (utils/metadata/lexicon/author-labels): each list is sorted,
 * lower-case and without duplicates, and every entry reaches the rules built from it — the byline prefix,
 * the label-and-value reader, the Twitter card's label, the line removal and the interface-word filter.
 */
import { isBylineLine } from '../../../utils/markdown/prepare/remove-byline-lines';
import { labelledBylines } from '../../../utils/metadata/byline-label';
import { splitByline } from '../../../utils/metadata/byline';
import {
  AUTHOR_WORDS,
  CJK_CREDIT_LABELS,
  CREDIT_LABELS,
  INTERFACE_WORDS,
  SOCIAL_NETWORKS,
  WRITTEN_BY,
} from '../../../utils/metadata/lexicon/author-labels';
import { LANGS, wordsOf } from '../../../utils/metadata/lexicon/languages';
import { indexMetaTags } from '../../../utils/metadata/meta-index';
import { readMetaTags } from '../../../utils/metadata/meta-tags';
import { parseHtml } from '../parse-html';

const capitalise = (w: string): string => w.charAt(0).toLocaleUpperCase() + w.slice(1);
const sorted = (words: readonly string[]) => [...new Set(words)].sort();

describe('lexicon: author labels', () => {
  it('is well-formed: known languages, sorted, lower-case, no duplicates', () => {
    for (const data of [AUTHOR_WORDS, CREDIT_LABELS, WRITTEN_BY, INTERFACE_WORDS])
      for (const [lang, words] of Object.entries(data)) {
        expect(LANGS).toContain(lang);
        expect(words, lang).toEqual(sorted(words));
        for (const word of words) expect(word).toBe(word.toLocaleLowerCase());
      }
    expect(CJK_CREDIT_LABELS).toEqual(sorted(CJK_CREDIT_LABELS));
    expect(SOCIAL_NETWORKS).toEqual(sorted(SOCIAL_NETWORKS));
  });

  it('strips every label with a colon, and every author word without one, from a byline', () => {
    for (const word of [...wordsOf(AUTHOR_WORDS), ...wordsOf(CREDIT_LABELS), ...CJK_CREDIT_LABELS])
      expect(splitByline(`${capitalise(word)}: Jane Doe`), word).toEqual(['Jane Doe']);
    for (const word of wordsOf(AUTHOR_WORDS))
      expect(splitByline(`${capitalise(word)} Jane Doe`), word).toEqual(['Jane Doe']);
  });

  it('reads the name after every label printed as a label and a value', () => {
    for (const word of [...wordsOf(AUTHOR_WORDS), ...wordsOf(CREDIT_LABELS), ...wordsOf(WRITTEN_BY)]) {
      const body = parseHtml(
        `<body><p><b>${capitalise(word)}:</b> Jane Doe</p></body>`,
        'https://e.com/',
      ).body;
      expect(labelledBylines(body, null), word).toEqual(['Jane Doe']);
    }
  });

  it("takes a Twitter card's data as the author under every writer label", () => {
    for (const word of [...wordsOf(WRITTEN_BY), ...wordsOf(AUTHOR_WORDS)]) {
      const head = `<meta name="twitter:label1" content="${capitalise(word)}"><meta name="twitter:data1" content="Jane Doe">`;
      const meta = readMetaTags(indexMetaTags(parseHtml(`<head>${head}</head>`, 'https://e.com/')));
      expect(meta.authors, word).toEqual(['Jane Doe']);
    }
  });

  it('drops a byline line under every author word and credit label', () => {
    for (const word of [...wordsOf(AUTHOR_WORDS), ...wordsOf(CREDIT_LABELS)])
      expect(isBylineLine(`${capitalise(word)}: Jane Doe`, 'Jane Doe'), word).toBe(true);
  });

  it('never takes an interface word or a network for a name', () => {
    for (const word of [...wordsOf(INTERFACE_WORDS), ...SOCIAL_NETWORKS])
      expect(splitByline(`Jane Doe, ${capitalise(word)}`), word).toEqual(['Jane Doe']);
  });
});
