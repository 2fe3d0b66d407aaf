import { describe, expect, it } from 'vitest';
import { boldCreditNames } from '../../../utils/metadata/credit-line';
import { personNames } from '../../../utils/metadata/person-name';
import { signatureOf, withArticleSignature } from '../../../utils/metadata/article-signature';
import { withArticleTop } from '../../../utils/metadata/article-top';
import type { PageMetadata } from '../../../utils/metadata/page-metadata-schema';
import { parseHtml } from './load-fixture';

const block = (html: string) => parseHtml(`<div id="b">${html}</div>`).querySelector('#b > *')!;
const STORY = `<p>${'In the heart of the country, one young lawyer stands as a beacon of hope for many. '.repeat(3)}</p>`;
const META: PageMetadata = {
  title: 'From adversity to advocacy',
  author: 'Lesotho Times',
  pubDatetime: '2025-05-14T20:57:43Z',
  pubDay: '2025-05-14',
  modDatetime: null,
  description: '',
  tags: [],
  canonicalURL: 'https://lestimes.example/advocacy/',
  ogImage: null,
  lang: 'en',
  siteName: 'Lesotho Times',
  sources: { author: 'meta', title: 'og', pubDatetime: 'json-ld' },
};

describe('personNames', () => {
  it('splits a credit line into full names, and refuses a sentence', () => {
    expect(personNames('Mathatisi Sebusi/Mohalenyane Phakela')).toEqual([
      'Mathatisi Sebusi',
      'Mohalenyane Phakela',
    ]);
    expect(personNames('Jan de Vries and Anna Berg')).toEqual(['Jan de Vries', 'Anna Berg']);
    expect(personNames('Read the full report here')).toBeNull();
  });
});

describe('boldCreditNames', () => {
  it('reads a line of full names set in bold', () => {
    expect(boldCreditNames(block('<p><strong>Mohloai Mpesi</strong></p>'))).toEqual(['Mohloai Mpesi']);
    expect(boldCreditNames(block('<p><b>Lê Phương</b></p>'))).toEqual(['Lê Phương']);
  });

  it('takes no bold heading, link, single word, or line only partly bold', () => {
    expect(boldCreditNames(block('<p><strong>Conclusion</strong></p>'))).toBeNull();
    expect(boldCreditNames(block('<p><strong><a href="/more">Read More</a></strong></p>'))).toBeNull();
    expect(boldCreditNames(block('<p><strong>Anna Berg</strong> said the vote was close.</p>'))).toBeNull();
    expect(boldCreditNames(block('<p>Anna Berg</p>'))).toBeNull();
  });
});

describe('a bold credit as the author, where the metadata names only the publisher', () => {
  it('above the story, inside the article element', () => {
    const container = parseHtml(
      `<div class="page"><article><p>&nbsp;</p><p><strong>Mohloai Mpesi</strong></p>${STORY}</article></div>`,
    ).querySelector('.page')!;
    const top = withArticleTop(META, container, META.canonicalURL);
    expect(top.author).toBe('Mohloai Mpesi');
    expect(top.sources.author).toBe('article-byline');
  });

  it('not below the story: a bold name there is content', () => {
    const container = parseHtml(
      `<div class="page">${STORY}${STORY}<p><strong>Anna Berg</strong></p>${STORY}</div>`,
    ).querySelector('.page')!;
    expect(withArticleTop(META, container, META.canonicalURL).author).toBe('Lesotho Times');
  });

  it('closing the story as its sign-off, where the reader dropped the alignment', () => {
    const container = parseHtml(
      `<div class="page">${STORY}<p><strong>Lê Phương</strong></p></div>`,
    ).querySelector('.page')!;
    expect(signatureOf(container)).toBe('Lê Phương');
    const signed = withArticleSignature(
      { ...META, siteName: 'VnExpress', author: 'VnExpress' },
      container,
      META.canonicalURL,
    );
    expect(signed.author).toBe('Lê Phương');
    expect(signed.sources.author).toBe('article-signature');
    // A person's name in the metadata stays.
    expect(
      withArticleSignature({ ...META, author: 'Thabo Mokoena' }, container, META.canonicalURL).author,
    ).toBe('Thabo Mokoena');
  });
});
